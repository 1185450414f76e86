CREATE TABLE product (
    id         BIGINT PRIMARY KEY,
    name       VARCHAR(120)  NOT NULL,
    category   VARCHAR(40)   NOT NULL,
    price      DECIMAL(10,2) NOT NULL,
    rating     DECIMAL(2,1)  NOT NULL,
    -- what the supplier charges us: for the buyers' eyes only, never shown in the shop
    cost_price DECIMAL(10,2) NOT NULL
);

-- API keys of the back-office integrations (the warehouse pushes stock levels with its key)
CREATE TABLE staff_api_key (
    username VARCHAR(40)  PRIMARY KEY,
    api_key  VARCHAR(100) NOT NULL
);
