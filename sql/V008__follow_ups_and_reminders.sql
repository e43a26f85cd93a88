-- Follow-ups as meetings (time, place, kind, participants, reporting deadline, recurring series, minutes and
-- decisions), each user's reminder preference and calendar feed, and the reminder outbox: queued reminders (one per
-- recipient, follow-up, kind and day) and the mails that carry them (at most one per person and day).
-- Timestamps of the outbox (*_at with fractions) are UTC; dates and meeting times are local to samverkan.time-zone.

CREATE TABLE follow_up_series (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    agreement_id  BIGINT        NOT NULL,
    recurrence    VARCHAR(12)   NOT NULL,
    created_at    TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT fk_follow_up_series_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT ck_follow_up_series_recurrence CHECK (recurrence IN ('MONTHLY', 'QUARTERLY', 'YEARLY', 'DATES'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

ALTER TABLE follow_up
    ADD COLUMN series_id         BIGINT        NULL AFTER agreement_id,
    ADD COLUMN kind              VARCHAR(20)   NOT NULL DEFAULT 'CHECK_IN' AFTER title,
    ADD COLUMN starts_at         TIME          NOT NULL DEFAULT '09:00:00' AFTER scheduled_on,
    ADD COLUMN duration_minutes  INT           NOT NULL DEFAULT 90 AFTER starts_at,
    ADD COLUMN place             VARCHAR(250)  NULL AFTER duration_minutes,
    ADD COLUMN meeting_url       VARCHAR(500)  NULL AFTER place,
    ADD COLUMN report_deadline   DATE          NULL AFTER meeting_url,
    ADD COLUMN minutes           TEXT          NULL AFTER notes,
    ADD COLUMN outcome           TEXT          NULL AFTER minutes,
    ADD COLUMN updated_at        TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP;

UPDATE follow_up SET report_deadline = DATE_SUB(scheduled_on, INTERVAL 7 DAY) WHERE report_deadline IS NULL;

ALTER TABLE follow_up
    MODIFY report_deadline DATE NOT NULL,
    ADD CONSTRAINT fk_follow_up_series FOREIGN KEY (series_id) REFERENCES follow_up_series (id),
    ADD CONSTRAINT ck_follow_up_kind CHECK (kind IN ('CHECK_IN', 'QUARTERLY_REVIEW', 'YEARLY_FOLLOW_UP')),
    ADD CONSTRAINT ck_follow_up_duration CHECK (duration_minutes BETWEEN 15 AND 720),
    ADD CONSTRAINT ck_follow_up_deadline CHECK (report_deadline <= scheduled_on),
    ADD CONSTRAINT ck_follow_up_meeting_url CHECK (meeting_url IS NULL OR meeting_url LIKE 'http%://%');

CREATE INDEX ix_follow_up_date ON follow_up (scheduled_on, status);
CREATE INDEX ix_follow_up_agreement_date ON follow_up (agreement_id, scheduled_on);

-- Who takes part: organisations and named people
CREATE TABLE follow_up_organisation (
    follow_up_id     BIGINT NOT NULL,
    organisation_id  BIGINT NOT NULL,
    PRIMARY KEY (follow_up_id, organisation_id),
    CONSTRAINT fk_follow_up_organisation_follow_up FOREIGN KEY (follow_up_id) REFERENCES follow_up (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_follow_up_organisation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE follow_up_person (
    follow_up_id  BIGINT NOT NULL,
    person_id     BIGINT NOT NULL,
    PRIMARY KEY (follow_up_id, person_id),
    CONSTRAINT fk_follow_up_person_follow_up FOREIGN KEY (follow_up_id) REFERENCES follow_up (id) ON DELETE CASCADE,
    CONSTRAINT fk_follow_up_person_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_follow_up_person_person ON follow_up_person (person_id);

-- Decisions taken at the meeting; one may have created an action item
CREATE TABLE follow_up_decision (
    id              BIGINT     NOT NULL AUTO_INCREMENT,
    follow_up_id    BIGINT     NOT NULL,
    text            TEXT       NOT NULL,
    action_item_id  BIGINT     NULL,
    created_at      TIMESTAMP  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT uq_follow_up_decision_item UNIQUE (action_item_id),
    CONSTRAINT fk_follow_up_decision_follow_up FOREIGN KEY (follow_up_id) REFERENCES follow_up (id) ON DELETE CASCADE,
    CONSTRAINT fk_follow_up_decision_item FOREIGN KEY (action_item_id) REFERENCES action_item (id) ON DELETE SET NULL,
    CONSTRAINT ck_follow_up_decision_text CHECK (CHAR_LENGTH(TRIM(text)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Single mails (default) or one digest on Monday mornings, per person
CREATE TABLE reminder_preference (
    person_id   BIGINT       NOT NULL,
    mode        VARCHAR(10)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    updated_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (person_id),
    CONSTRAINT fk_reminder_preference_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_reminder_preference_mode CHECK (mode IN ('SINGLE', 'DIGEST'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- A person's calendar feed: only the SHA-256 of the secret in its URL is kept; deleting the row revokes it
CREATE TABLE calendar_feed (
    person_id   BIGINT       NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (person_id),
    CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- One mail of the outbox. Unique per person and day: never more than one reminder mail a day.
CREATE TABLE mail_outbox (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    person_id        BIGINT         NOT NULL,
    recipient        VARCHAR(254)   NOT NULL,
    language         CHAR(2)        NOT NULL,
    kind             VARCHAR(10)    NOT NULL,
    mail_day         DATE           NOT NULL,
    subject          VARCHAR(250)   NOT NULL,
    body_text        MEDIUMTEXT     NOT NULL,
    body_html        MEDIUMTEXT     NOT NULL,
    message_id       VARCHAR(250)   NOT NULL,
    status           VARCHAR(10)    NOT NULL DEFAULT 'PENDING',
    attempts         INT            NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)    NOT NULL,
    last_error       VARCHAR(1000)  NULL,
    claimed_by       VARCHAR(120)   NULL,
    claimed_until    DATETIME(3)    NULL,
    created_at       DATETIME(3)    NOT NULL,
    sent_at          DATETIME(3)    NULL,
    version          INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_mail_outbox_person_day UNIQUE (person_id, mail_day),
    CONSTRAINT uq_mail_outbox_message_id UNIQUE (message_id),
    CONSTRAINT fk_mail_outbox_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_mail_outbox_kind CHECK (kind IN ('SINGLE', 'DIGEST')),
    CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT ck_mail_outbox_language CHECK (language IN ('sv', 'en')),
    CONSTRAINT ck_mail_outbox_attempts CHECK (attempts >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_created ON mail_outbox (created_at);

-- A reminder queued for a person: the outbox's key, (recipient, follow-up, kind, day), is unique, so the same
-- reminder can never be queued twice. A mail carries the reminders queued for its recipient.
CREATE TABLE reminder (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    person_id     BIGINT       NOT NULL,
    follow_up_id  BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    due_on        DATE         NOT NULL,
    status        VARCHAR(10)  NOT NULL DEFAULT 'QUEUED',
    mail_id       BIGINT       NULL,
    queued_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_reminder UNIQUE (person_id, follow_up_id, kind, due_on),
    CONSTRAINT fk_reminder_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_reminder_follow_up FOREIGN KEY (follow_up_id) REFERENCES follow_up (id) ON DELETE CASCADE,
    CONSTRAINT fk_reminder_mail FOREIGN KEY (mail_id) REFERENCES mail_outbox (id),
    CONSTRAINT ck_reminder_kind CHECK (kind IN ('REPORT_DUE', 'REPORTS_MISSING')),
    CONSTRAINT ck_reminder_status CHECK (status IN ('QUEUED', 'MAILED', 'DROPPED')),
    CONSTRAINT ck_reminder_mailed CHECK (status <> 'MAILED' OR mail_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_reminder_queued ON reminder (status, person_id);
