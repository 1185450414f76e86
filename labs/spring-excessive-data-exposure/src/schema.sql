CREATE TABLE member (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(40)  NOT NULL UNIQUE,
    password_hash  VARCHAR(100) NOT NULL,
    display_name   VARCHAR(80)  NOT NULL,
    bio            VARCHAR(300),
    joined         DATE         NOT NULL,
    email          VARCHAR(200) NOT NULL,
    phone          VARCHAR(40),
    street_address VARCHAR(200),
    mfa_secret     VARCHAR(64),
    -- set by the trust and safety team's tooling; members never see it
    fraud_score    INT          NOT NULL DEFAULT 0
);

CREATE TABLE listing (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    seller_id   BIGINT        NOT NULL REFERENCES member (id),
    title       VARCHAR(120)  NOT NULL,
    price       DECIMAL(10,2) NOT NULL,
    description VARCHAR(500),
    listed      DATE          NOT NULL
);

CREATE TABLE review (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    seller_id BIGINT       NOT NULL REFERENCES member (id),
    author_id BIGINT       NOT NULL REFERENCES member (id),
    stars     INT          NOT NULL,
    text      VARCHAR(500) NOT NULL,
    written   DATE         NOT NULL
);

CREATE TABLE follow (
    follower_id BIGINT NOT NULL REFERENCES member (id),
    followed_id BIGINT NOT NULL REFERENCES member (id),
    PRIMARY KEY (follower_id, followed_id)
);
