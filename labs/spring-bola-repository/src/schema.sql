CREATE TABLE employee (
    username VARCHAR(40) PRIMARY KEY,
    team     VARCHAR(40) NOT NULL
);

CREATE TABLE expense_report (
    id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner  VARCHAR(40)   NOT NULL REFERENCES employee (username),
    team   VARCHAR(40)   NOT NULL,
    title  VARCHAR(120)  NOT NULL,
    amount DECIMAL(10,2) NOT NULL,
    note   VARCHAR(500)
);
