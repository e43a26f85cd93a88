-- Sign-in protection and account administration: failed sign-ins throttled with state shared by every node,
-- passwords an administrator reset must be changed, sessions end when an account is disabled or its roles change,
-- accounts that still have the well-known demo password are known, and single sign-on identities are linked.

ALTER TABLE user_account
    -- set by an administrator's reset: the user chooses a new password at the next sign-in
    ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    -- TRUE while the account has the demo password; NULL for accounts made before this column (checked once at start)
    ADD COLUMN demo_password BOOLEAN NULL DEFAULT FALSE,
    -- raised when the account's open sessions must end (disabled, roles changed, password reset)
    ADD COLUMN security_stamp INT NOT NULL DEFAULT 0,
    ADD COLUMN password_changed_at DATETIME(3) NULL,
    ADD COLUMN last_sign_in_at DATETIME(3) NULL;

UPDATE user_account SET demo_password = NULL;

-- Failed sign-ins per typed username (whether or not the account exists, so that a lock says nothing about it)
-- and per client address: growing delays, then a temporary lock
CREATE TABLE sign_in_throttle (
    subject_kind     VARCHAR(10)  NOT NULL,
    subject          VARCHAR(100) NOT NULL,
    failures         INT          NOT NULL DEFAULT 0,
    last_failure_at  DATETIME(3)  NOT NULL,
    blocked_until    DATETIME(3)  NULL,
    locked           BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (subject_kind, subject),
    CONSTRAINT ck_sign_in_throttle_kind CHECK (subject_kind IN ('ACCOUNT', 'ADDRESS')),
    CONSTRAINT ck_sign_in_throttle_failures CHECK (failures >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_sign_in_throttle_blocked ON sign_in_throttle (blocked_until);

-- An identity at an OpenID Connect provider, linked to an account at its first single sign-on
CREATE TABLE sso_identity (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    issuer           VARCHAR(255) NOT NULL,
    subject          VARCHAR(255) NOT NULL,
    user_account_id  BIGINT       NOT NULL,
    linked_at        DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_sso_identity UNIQUE (issuer, subject),
    CONSTRAINT fk_sso_identity_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
