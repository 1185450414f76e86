INSERT INTO customer_settings (username, display_name, newsletter) VALUES ('alice', 'Alice Martin', TRUE);
INSERT INTO customer_settings (username, display_name, newsletter) VALUES ('bob', 'Bob Keller', FALSE);
