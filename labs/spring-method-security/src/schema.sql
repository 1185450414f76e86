CREATE TABLE employee (id BIGINT AUTO_INCREMENT PRIMARY KEY, username VARCHAR(40) UNIQUE, full_name VARCHAR(100) NOT NULL,
                       email VARCHAR(100), phone VARCHAR(40), salary DECIMAL(12, 2) NOT NULL, bank_account VARCHAR(60));
