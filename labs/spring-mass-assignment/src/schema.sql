CREATE TABLE account (
    id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
    username                   VARCHAR(60)  NOT NULL UNIQUE,
    password                   VARCHAR(100) NOT NULL,
    display_name               VARCHAR(100),
    email                      VARCHAR(200),
    address_street             VARCHAR(200),
    address_city               VARCHAR(100),
    address_postcode           VARCHAR(20),
    newsletter                 BOOLEAN      NOT NULL DEFAULT FALSE,
    role                       VARCHAR(20)  NOT NULL,
    verified                   BOOLEAN      NOT NULL DEFAULT FALSE,
    membership_tier            VARCHAR(20),
    membership_discount_percent INT         NOT NULL DEFAULT 0
);
