INSERT INTO product (name, price) VALUES ('Espresso beans, 1 kg', 24.90), ('Pour-over kettle', 39.00), ('Burr grinder', 129.00);
INSERT INTO coupon (code, percent) VALUES ('WELCOME10', 10);
