-- Organisations of both agencies in one hierarchy, and the people and accounts that belong to them.

CREATE TABLE organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    parent_id   BIGINT       NULL,
    name        VARCHAR(200) NOT NULL,
    short_name  VARCHAR(60)  NULL,
    kind        VARCHAR(30)  NOT NULL,
    agency      VARCHAR(10)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_organisation PRIMARY KEY (id),
    CONSTRAINT uq_organisation_name UNIQUE (name),
    CONSTRAINT fk_organisation_parent FOREIGN KEY (parent_id) REFERENCES organisation (id),
    CONSTRAINT ck_organisation_name CHECK (CHAR_LENGTH(TRIM(name)) > 0),
    CONSTRAINT ck_organisation_kind CHECK (kind IN ('MUNICIPALITY', 'DISTRICT_BOARD', 'ADMINISTRATION',
        'POLICE_REGION', 'POLICE_AREA', 'LOCAL_POLICE_AREA', 'OTHER')),
    CONSTRAINT ck_organisation_agency CHECK (agency IN ('CITY', 'POLICE', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Staff only: no data about victims or suspects belongs anywhere in this database.
CREATE TABLE person (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    display_name     VARCHAR(120) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    title            VARCHAR(120) NULL,
    organisation_id  BIGINT       NOT NULL,
    created_at       TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_person PRIMARY KEY (id),
    CONSTRAINT uq_person_email UNIQUE (email),
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_person_display_name CHECK (CHAR_LENGTH(TRIM(display_name)) > 0),
    CONSTRAINT ck_person_email CHECK (email LIKE '_%@_%._%')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE user_account (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    person_id           BIGINT       NOT NULL,
    username            VARCHAR(60)  NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    preferred_language  CHAR(2)      NOT NULL DEFAULT 'sv',
    version             INT          NOT NULL DEFAULT 0,
    created_at          TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT uq_user_account_username UNIQUE (username),
    CONSTRAINT uq_user_account_person UNIQUE (person_id),
    CONSTRAINT fk_user_account_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_user_account_username CHECK (username REGEXP '^[a-z0-9._-]{2,60}$'),
    CONSTRAINT ck_user_account_language CHECK (preferred_language IN ('sv', 'en'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE user_role (
    user_account_id  BIGINT      NOT NULL,
    role             VARCHAR(20) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (user_account_id, role),
    CONSTRAINT fk_user_role_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_role_role CHECK (role IN ('ADMIN', 'MANAGER', 'COORDINATOR', 'VIEWER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
