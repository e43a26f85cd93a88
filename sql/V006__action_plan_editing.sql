-- What coordinators keep current: the fields of an action item, target groups, resources, the existing work
-- an item builds on, indicators with measurements, attachments, and the audit log of every change.

-- Every row a user edits carries a version for optimistic locking
ALTER TABLE organisation ADD COLUMN version INT NOT NULL DEFAULT 0;
ALTER TABLE person
    ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN version INT NOT NULL DEFAULT 0;

-- "What this means in practice" is the item's description, in plain language, and it is required
UPDATE action_item SET description = title WHERE description IS NULL OR CHAR_LENGTH(TRIM(description)) = 0;

ALTER TABLE action_item
    MODIFY description TEXT NOT NULL,
    ADD COLUMN deputy_person_id BIGINT NULL AFTER responsible_person_id,
    ADD COLUMN traffic_light VARCHAR(10) NOT NULL DEFAULT 'GREEN' AFTER progress,
    ADD COLUMN traffic_light_comment TEXT NULL AFTER traffic_light,
    ADD COLUMN new_work_justification TEXT NULL AFTER traffic_light_comment,
    ADD COLUMN publishable BOOLEAN NOT NULL DEFAULT FALSE AFTER new_work_justification,
    ADD CONSTRAINT uq_action_item_agreement UNIQUE (id, agreement_id),
    ADD CONSTRAINT fk_action_item_deputy FOREIGN KEY (deputy_person_id) REFERENCES person (id),
    ADD CONSTRAINT ck_action_item_description CHECK (CHAR_LENGTH(TRIM(description)) > 0),
    ADD CONSTRAINT ck_action_item_traffic_light CHECK (traffic_light IN ('GREEN', 'AMBER', 'RED')),
    -- amber and red say why
    ADD CONSTRAINT ck_action_item_light_comment
        CHECK (traffic_light = 'GREEN' OR CHAR_LENGTH(TRIM(COALESCE(traffic_light_comment, ''))) > 0),
    ADD CONSTRAINT ck_action_item_deputy
        CHECK (deputy_person_id IS NULL OR responsible_person_id IS NULL OR deputy_person_id <> responsible_person_id);

CREATE INDEX ix_action_item_lead ON action_item (lead_organisation_id);
CREATE INDEX ix_action_item_responsible ON action_item (responsible_person_id);
CREATE INDEX ix_action_item_deputy ON action_item (deputy_person_id);

ALTER TABLE progress_report
    ADD COLUMN traffic_light VARCHAR(10) NULL AFTER progress,
    ADD CONSTRAINT ck_progress_report_traffic_light CHECK (traffic_light IS NULL OR traffic_light IN ('GREEN', 'AMBER', 'RED'));

-- Target groups: a list administrators keep, in both languages
CREATE TABLE target_group (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    name_sv   VARCHAR(120) NOT NULL,
    name_en   VARCHAR(120) NOT NULL,
    position  INT          NOT NULL DEFAULT 0,
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    version   INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_target_group_name_sv UNIQUE (name_sv),
    CONSTRAINT uq_target_group_name_en UNIQUE (name_en),
    CONSTRAINT ck_target_group_name_sv CHECK (CHAR_LENGTH(TRIM(name_sv)) > 0),
    CONSTRAINT ck_target_group_name_en CHECK (CHAR_LENGTH(TRIM(name_en)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

INSERT INTO target_group (name_sv, name_en, position) VALUES
    ('Barn', 'Children', 1),
    ('Unga brottsoffer', 'Young victims', 2),
    ('Våld i nära relationer', 'Violence in close relationships', 3),
    ('Hedersrelaterat våld och förtryck', 'Honour-related violence and oppression', 4),
    ('Människohandel', 'Human trafficking', 5),
    ('Unga i riskzon', 'Young people at risk', 6),
    ('Kvinnors upplevda trygghet', 'Women''s perceived safety', 7),
    ('Äldre', 'Elderly people', 8);

CREATE TABLE action_item_target_group (
    action_item_id   BIGINT NOT NULL,
    target_group_id  BIGINT NOT NULL,
    PRIMARY KEY (action_item_id, target_group_id),
    CONSTRAINT fk_item_target_group_item FOREIGN KEY (action_item_id) REFERENCES action_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_item_target_group_group FOREIGN KEY (target_group_id) REFERENCES target_group (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Resources per agency: hours, full-time equivalents and money, from existing budgets or new money
CREATE TABLE action_item_resource (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    action_item_id  BIGINT         NOT NULL,
    agency          VARCHAR(10)    NOT NULL,
    funding         VARCHAR(10)    NOT NULL,
    hours           DECIMAL(10, 1) NULL,
    fte             DECIMAL(6, 2)  NULL,
    amount_sek      DECIMAL(14, 0) NULL,
    comment         VARCHAR(500)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_action_item_resource UNIQUE (action_item_id, agency, funding),
    CONSTRAINT fk_action_item_resource_item FOREIGN KEY (action_item_id) REFERENCES action_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_action_item_resource_agency CHECK (agency IN ('CITY', 'POLICE', 'OTHER')),
    CONSTRAINT ck_action_item_resource_funding CHECK (funding IN ('EXISTING', 'NEW')),
    CONSTRAINT ck_action_item_resource_amounts CHECK ((hours IS NULL OR hours >= 0) AND (fte IS NULL OR fte >= 0)
        AND (amount_sek IS NULL OR amount_sek >= 0)),
    CONSTRAINT ck_action_item_resource_some CHECK (hours IS NOT NULL OR fte IS NOT NULL OR amount_sek IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The existing work an item builds on; an item without any says why it is new (new_work_justification)
CREATE TABLE action_item_basis (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    action_item_id         BIGINT        NOT NULL,
    kind                   VARCHAR(20)   NOT NULL,
    reference              VARCHAR(250)  NULL,
    linked_action_item_id  BIGINT        NULL,
    linked_agreement_id    BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_action_item_basis_item FOREIGN KEY (action_item_id) REFERENCES action_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_item_basis_linked_item FOREIGN KEY (linked_action_item_id) REFERENCES action_item (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_action_item_basis_linked_agreement FOREIGN KEY (linked_agreement_id) REFERENCES agreement (id),
    CONSTRAINT ck_action_item_basis_kind CHECK (kind IN ('INITIATIVE', 'CITIZEN_PROMISE', 'ILS', 'ACTION_ITEM')),
    CONSTRAINT ck_action_item_basis_target CHECK (
        (kind IN ('INITIATIVE', 'ILS') AND CHAR_LENGTH(TRIM(COALESCE(reference, ''))) > 0
            AND linked_action_item_id IS NULL AND linked_agreement_id IS NULL)
        OR (kind = 'ACTION_ITEM' AND linked_action_item_id IS NOT NULL AND linked_agreement_id IS NULL)
        OR (kind = 'CITIZEN_PROMISE' AND linked_agreement_id IS NOT NULL AND linked_action_item_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_action_item_basis_item ON action_item_basis (action_item_id);

-- Indicators: of an agreement, one of its areas, or one of its action items
CREATE TABLE indicator (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    agreement_id    BIGINT         NOT NULL,
    area_id         BIGINT         NULL,
    action_item_id  BIGINT         NULL,
    name            VARCHAR(250)   NOT NULL,
    description     TEXT           NULL,
    unit            VARCHAR(40)    NOT NULL,
    direction       VARCHAR(10)    NOT NULL,
    split           VARCHAR(10)    NOT NULL DEFAULT 'NONE',
    baseline_value  DECIMAL(18, 4) NULL,
    baseline_date   DATE           NULL,
    target_value    DECIMAL(18, 4) NULL,
    target_date     DATE           NULL,
    version         INT            NOT NULL DEFAULT 0,
    created_at      TIMESTAMP      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT fk_indicator_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT fk_indicator_area FOREIGN KEY (area_id, agreement_id) REFERENCES priority_area (id, agreement_id),
    CONSTRAINT fk_indicator_item FOREIGN KEY (action_item_id, agreement_id) REFERENCES action_item (id, agreement_id)
        ON DELETE CASCADE,
    CONSTRAINT ck_indicator_name CHECK (CHAR_LENGTH(TRIM(name)) > 0),
    CONSTRAINT ck_indicator_unit CHECK (CHAR_LENGTH(TRIM(unit)) > 0),
    CONSTRAINT ck_indicator_direction CHECK (direction IN ('HIGHER', 'LOWER')),
    CONSTRAINT ck_indicator_split CHECK (split IN ('NONE', 'GENDER')),
    CONSTRAINT ck_indicator_one_owner CHECK (area_id IS NULL OR action_item_id IS NULL),
    CONSTRAINT ck_indicator_baseline CHECK ((baseline_value IS NULL) = (baseline_date IS NULL)),
    CONSTRAINT ck_indicator_target CHECK ((target_value IS NULL) = (target_date IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE indicator_measurement (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    indicator_id  BIGINT         NOT NULL,
    measured_on   DATE           NOT NULL,
    series        VARCHAR(10)    NOT NULL DEFAULT 'TOTAL',
    value         DECIMAL(18, 4) NOT NULL,
    comment       VARCHAR(500)   NULL,
    recorded_by   BIGINT         NOT NULL,
    created_at    TIMESTAMP      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT uq_indicator_measurement UNIQUE (indicator_id, measured_on, series),
    CONSTRAINT fk_indicator_measurement_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_indicator_measurement_person FOREIGN KEY (recorded_by) REFERENCES person (id),
    CONSTRAINT ck_indicator_measurement_series CHECK (series IN ('TOTAL', 'WOMEN', 'MEN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Attachments of progress reports, kept in the database so that a backup holds them too
CREATE TABLE attachment (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    action_item_id      BIGINT        NOT NULL,
    progress_report_id  BIGINT        NOT NULL,
    file_name           VARCHAR(255)  NOT NULL,
    media_type          VARCHAR(120)  NOT NULL,
    size_bytes          INT           NOT NULL,
    sha256              CHAR(64)      NOT NULL,
    content             LONGBLOB      NOT NULL,
    uploaded_by         BIGINT        NOT NULL,
    created_at          TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT fk_attachment_item FOREIGN KEY (action_item_id) REFERENCES action_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_attachment_report FOREIGN KEY (progress_report_id) REFERENCES progress_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_attachment_person FOREIGN KEY (uploaded_by) REFERENCES person (id),
    CONSTRAINT ck_attachment_file_name CHECK (CHAR_LENGTH(TRIM(file_name)) > 0),
    CONSTRAINT ck_attachment_size CHECK (size_bytes > 0 AND size_bytes <= 10485760)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The audit log: who changed what, when, with each field's value before and after. Append-only: the
-- triggers below refuse any UPDATE or DELETE, whoever asks.
CREATE TABLE audit_event (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at       DATETIME(3)   NOT NULL,
    actor_account_id  BIGINT        NULL,
    actor_username    VARCHAR(60)   NULL,
    action            VARCHAR(30)   NOT NULL,
    entity_type       VARCHAR(40)   NOT NULL,
    entity_id         BIGINT        NULL,
    entity_label      VARCHAR(250)  NULL,
    action_item_id    BIGINT        NULL,
    agreement_id      BIGINT        NULL,
    client_address    VARCHAR(45)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_audit_event_action CHECK (CHAR_LENGTH(action) > 0),
    CONSTRAINT ck_audit_event_entity_type CHECK (CHAR_LENGTH(entity_type) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_audit_event_item ON audit_event (action_item_id, occurred_at);
CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id, occurred_at);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor_account_id, occurred_at);

CREATE TABLE audit_change (
    event_id          BIGINT        NOT NULL,
    position          INT           NOT NULL,
    field             VARCHAR(80)   NOT NULL,
    value_key_prefix  VARCHAR(80)   NULL,
    before_value      TEXT          NULL,
    after_value       TEXT          NULL,
    PRIMARY KEY (event_id, position),
    CONSTRAINT fk_audit_change_event FOREIGN KEY (event_id) REFERENCES audit_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
CREATE TRIGGER audit_change_no_update BEFORE UPDATE ON audit_change FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_change is append-only';
CREATE TRIGGER audit_change_no_delete BEFORE DELETE ON audit_change FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_change is append-only';
