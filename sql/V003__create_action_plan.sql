-- Action plans, their action items (with co-owners) and progress reports.

CREATE TABLE action_plan (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    agreement_id  BIGINT        NOT NULL,
    title         VARCHAR(250)  NOT NULL,
    period_start  DATE          NOT NULL,
    period_end    DATE          NOT NULL,
    version       INT           NOT NULL DEFAULT 0,
    created_at    TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_action_plan PRIMARY KEY (id),
    CONSTRAINT uq_action_plan_agreement UNIQUE (id, agreement_id),
    CONSTRAINT uq_action_plan_period UNIQUE (agreement_id, period_start),
    CONSTRAINT fk_action_plan_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT ck_action_plan_title CHECK (CHAR_LENGTH(TRIM(title)) > 0),
    CONSTRAINT ck_action_plan_period CHECK (period_end >= period_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE action_item (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    action_plan_id         BIGINT        NOT NULL,
    agreement_id           BIGINT        NOT NULL,
    area_id                BIGINT        NOT NULL,
    title                  VARCHAR(250)  NOT NULL,
    description            TEXT          NULL,
    lead_organisation_id   BIGINT        NOT NULL,
    responsible_person_id  BIGINT        NULL,
    start_date             DATE          NULL,
    due_date               DATE          NULL,
    status                 VARCHAR(20)   NOT NULL DEFAULT 'PLANNED',
    progress               INT           NOT NULL DEFAULT 0,
    version                INT           NOT NULL DEFAULT 0,
    created_at             TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at             TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    CONSTRAINT pk_action_item PRIMARY KEY (id),
    CONSTRAINT fk_action_item_plan FOREIGN KEY (action_plan_id, agreement_id) REFERENCES action_plan (id, agreement_id),
    CONSTRAINT fk_action_item_area FOREIGN KEY (area_id, agreement_id) REFERENCES priority_area (id, agreement_id),
    CONSTRAINT fk_action_item_lead FOREIGN KEY (lead_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_action_item_responsible FOREIGN KEY (responsible_person_id) REFERENCES person (id),
    CONSTRAINT ck_action_item_title CHECK (CHAR_LENGTH(TRIM(title)) > 0),
    CONSTRAINT ck_action_item_status CHECK (status IN ('PLANNED', 'ONGOING', 'COMPLETED', 'POSTPONED', 'CANCELLED')),
    CONSTRAINT ck_action_item_progress CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT ck_action_item_completed CHECK (status <> 'COMPLETED' OR progress = 100),
    CONSTRAINT ck_action_item_dates CHECK (start_date IS NULL OR due_date IS NULL OR due_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_action_item_area_status ON action_item (area_id, status);
CREATE INDEX ix_action_item_due_date ON action_item (due_date);

CREATE TABLE action_item_co_owner (
    action_item_id   BIGINT NOT NULL,
    organisation_id  BIGINT NOT NULL,
    CONSTRAINT pk_action_item_co_owner PRIMARY KEY (action_item_id, organisation_id),
    CONSTRAINT fk_co_owner_item FOREIGN KEY (action_item_id) REFERENCES action_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_co_owner_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE progress_report (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    action_item_id   BIGINT       NOT NULL,
    reported_on      DATE         NOT NULL,
    author_id        BIGINT       NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    progress         INT          NOT NULL,
    summary          TEXT         NOT NULL,
    created_at       TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_progress_report PRIMARY KEY (id),
    CONSTRAINT fk_progress_report_item FOREIGN KEY (action_item_id) REFERENCES action_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_progress_report_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT ck_progress_report_status CHECK (status IN ('PLANNED', 'ONGOING', 'COMPLETED', 'POSTPONED', 'CANCELLED')),
    CONSTRAINT ck_progress_report_progress CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT ck_progress_report_summary CHECK (CHAR_LENGTH(TRIM(summary)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_progress_report_item_date ON progress_report (action_item_id, reported_on);
