-- Collaboration agreements (city-wide, local, citizen promises), their parties and prioritized areas.

CREATE TABLE agreement (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    kind            VARCHAR(20)   NOT NULL,
    title           VARCHAR(250)  NOT NULL,
    diary_number    VARCHAR(60)   NULL,
    parent_id       BIGINT        NULL,
    summary         TEXT          NULL,
    period_start    DATE          NOT NULL,
    period_end      DATE          NULL,
    status          VARCHAR(20)   NOT NULL DEFAULT 'DRAFT',
    adopted_on      DATE          NULL,
    adopted_by      VARCHAR(200)  NULL,
    version         INT           NOT NULL DEFAULT 0,
    created_at      TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    CONSTRAINT pk_agreement PRIMARY KEY (id),
    CONSTRAINT uq_agreement_diary_number UNIQUE (diary_number),
    CONSTRAINT fk_agreement_parent FOREIGN KEY (parent_id) REFERENCES agreement (id),
    CONSTRAINT ck_agreement_title CHECK (CHAR_LENGTH(TRIM(title)) > 0),
    CONSTRAINT ck_agreement_kind CHECK (kind IN ('CITY_WIDE', 'LOCAL', 'CITIZEN_PROMISE')),
    CONSTRAINT ck_agreement_status CHECK (status IN ('DRAFT', 'IN_CONSULTATION', 'ADOPTED', 'EXPIRED')),
    CONSTRAINT ck_agreement_period CHECK (period_end IS NULL OR period_end >= period_start),
    CONSTRAINT ck_agreement_adoption CHECK (status NOT IN ('ADOPTED', 'EXPIRED') OR adopted_on IS NOT NULL),
    -- a city-wide agreement stands on its own; local agreements and promises hang under another one
    CONSTRAINT ck_agreement_city_wide_has_no_parent CHECK (kind <> 'CITY_WIDE' OR parent_id IS NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE agreement_party (
    agreement_id     BIGINT NOT NULL,
    organisation_id  BIGINT NOT NULL,
    CONSTRAINT pk_agreement_party PRIMARY KEY (agreement_id, organisation_id),
    CONSTRAINT fk_agreement_party_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_agreement_party_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE priority_area (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    agreement_id  BIGINT        NOT NULL,
    position      INT           NOT NULL,
    title         VARCHAR(250)  NOT NULL,
    description   TEXT          NULL,
    version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_priority_area PRIMARY KEY (id),
    CONSTRAINT uq_priority_area_position UNIQUE (agreement_id, position),
    CONSTRAINT uq_priority_area_title UNIQUE (agreement_id, title),
    -- lets action items prove that their area belongs to their plan's agreement
    CONSTRAINT uq_priority_area_agreement UNIQUE (id, agreement_id),
    CONSTRAINT fk_priority_area_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT ck_priority_area_position CHECK (position >= 1),
    CONSTRAINT ck_priority_area_title CHECK (CHAR_LENGTH(TRIM(title)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
