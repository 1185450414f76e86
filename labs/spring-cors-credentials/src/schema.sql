CREATE TABLE customer (username VARCHAR(40) PRIMARY KEY, full_name VARCHAR(100) NOT NULL, iban VARCHAR(40) NOT NULL,
                       balance DECIMAL(12, 2) NOT NULL);
CREATE TABLE transfer (id BIGINT AUTO_INCREMENT PRIMARY KEY, owner VARCHAR(40) NOT NULL, to_iban VARCHAR(40) NOT NULL,
                       amount DECIMAL(12, 2) NOT NULL, reference VARCHAR(140) NOT NULL);
INSERT INTO customer VALUES ('alex', 'Alex Morgan', 'GB71 KSTB 4012 0977 3311 58', 18250.00);
INSERT INTO transfer (owner, to_iban, amount, reference) VALUES ('alex', 'GB82 WEST 1234 5698 7654 32', 1150.00, 'Rent November');
