CREATE TABLE member (id BIGINT AUTO_INCREMENT PRIMARY KEY, username VARCHAR(40) NOT NULL UNIQUE,
                     password VARCHAR(200) NOT NULL, display_name VARCHAR(100) NOT NULL,
                     member_since DATE NOT NULL);
