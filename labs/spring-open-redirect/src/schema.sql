CREATE TABLE customer_settings (
    username     VARCHAR(40) PRIMARY KEY,
    display_name VARCHAR(80) NOT NULL,
    newsletter   BOOLEAN     NOT NULL
);
