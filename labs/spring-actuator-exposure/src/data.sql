INSERT INTO book (title, author, price) VALUES ('The Left Hand of Darkness', 'Ursula K. Le Guin', 11.99),
                                                ('Middlemarch', 'George Eliot', 9.50),
                                                ('The Periodic Table', 'Primo Levi', 12.00);
