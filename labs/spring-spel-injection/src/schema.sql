CREATE TABLE order_line (
    id               BIGINT PRIMARY KEY,
    order_number     VARCHAR(20)   NOT NULL,
    sku              VARCHAR(20)   NOT NULL,
    product          VARCHAR(100)  NOT NULL,
    region           VARCHAR(10)   NOT NULL,
    quantity         INT           NOT NULL,
    unit_price       DECIMAL(10,2) NOT NULL,
    unit_cost        DECIMAL(10,2) NOT NULL,
    discount_percent INT           NOT NULL DEFAULT 0
);
