CREATE TABLE customer (username VARCHAR(40) PRIMARY KEY, full_name VARCHAR(100) NOT NULL, email VARCHAR(200) NOT NULL,
                       balance DECIMAL(12, 2) NOT NULL);
-- Every change of a member's e-mail address, kept for the security notice the bank sends to the old one.
CREATE TABLE email_change (id BIGINT AUTO_INCREMENT PRIMARY KEY, username VARCHAR(40) NOT NULL, email VARCHAR(200) NOT NULL);
CREATE TABLE payee (id BIGINT AUTO_INCREMENT PRIMARY KEY, owner VARCHAR(40) NOT NULL, name VARCHAR(100) NOT NULL,
                    iban VARCHAR(40) NOT NULL);
CREATE TABLE transfer (id BIGINT AUTO_INCREMENT PRIMARY KEY, owner VARCHAR(40) NOT NULL, payee_id BIGINT NOT NULL,
                       amount DECIMAL(12, 2) NOT NULL, reference VARCHAR(140) NOT NULL);
INSERT INTO customer VALUES ('alex', 'Alex Morgan', 'alex@fernhill.example', 24500.00),
                            ('mallory', 'Mallory Price', 'mallory@fernhill.example', 12.50);
INSERT INTO payee (owner, name, iban) VALUES ('alex', 'Harbour Lettings (rent)', 'GB82 WEST 1234 5698 7654 32'),
                                             ('alex', 'Sam Morgan', 'GB33 BUKB 2020 1555 5555 55'),
                                             ('mallory', 'Mallory savings', 'GB94 BARC 1020 1530 0934 59');
