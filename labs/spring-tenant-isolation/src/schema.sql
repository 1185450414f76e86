CREATE TABLE agent (username VARCHAR(40) PRIMARY KEY, password VARCHAR(100) NOT NULL, tenant_id VARCHAR(40) NOT NULL);
CREATE TABLE ticket (id BIGINT AUTO_INCREMENT PRIMARY KEY, tenant_id VARCHAR(40) NOT NULL, subject VARCHAR(200) NOT NULL,
                     body VARCHAR(2000) NOT NULL, status VARCHAR(20) NOT NULL, opened_by VARCHAR(40) NOT NULL);
CREATE INDEX ticket_tenant ON ticket (tenant_id);
CREATE TABLE report (id BIGINT AUTO_INCREMENT PRIMARY KEY, tenant_id VARCHAR(40) NOT NULL, requested_by VARCHAR(40) NOT NULL,
                     status VARCHAR(20) NOT NULL, content CLOB);
