-- Imported in 2019 from the old booking site, which kept a hex SHA-1 of each password; the members were told nothing
-- changed, and they still sign in with the passwords they chose there.
INSERT INTO member (username, password, display_name, member_since) VALUES
    ('marta', '6e58e1047efd16b1fc41c31777eaf7eb09622bca', 'Marta Lindqvist', DATE '2011-05-02'),
    ('ivo', '598cd1bb01881c49f7429ee052120d61d8126c26', 'Ivo Petrov', DATE '2012-08-19'),
    ('priya', '0b7b0821688b6f41605841456e5741b8a4d20237', 'Priya Raman', DATE '2014-03-30'),
    ('jonas', '327afc49c5d293073f40b3b51332ce22e01330aa', 'Jonas Berg', DATE '2016-07-11'),
    ('sam', '94e988dfb4189c516546b260efa8db5976a2849b', 'Sam Okafor', DATE '2018-11-04');
