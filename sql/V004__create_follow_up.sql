-- Scheduled follow-ups of an agreement, optionally limited to some of its prioritized areas.

CREATE TABLE follow_up (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    agreement_id  BIGINT        NOT NULL,
    title         VARCHAR(250)  NOT NULL,
    scheduled_on  DATE          NOT NULL,
    notes         TEXT          NULL,
    status        VARCHAR(20)   NOT NULL DEFAULT 'SCHEDULED',
    version       INT           NOT NULL DEFAULT 0,
    created_at    TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_follow_up PRIMARY KEY (id),
    CONSTRAINT uq_follow_up_agreement UNIQUE (id, agreement_id),
    CONSTRAINT fk_follow_up_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT ck_follow_up_title CHECK (CHAR_LENGTH(TRIM(title)) > 0),
    CONSTRAINT ck_follow_up_status CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE follow_up_area (
    follow_up_id  BIGINT NOT NULL,
    agreement_id  BIGINT NOT NULL,
    area_id       BIGINT NOT NULL,
    CONSTRAINT pk_follow_up_area PRIMARY KEY (follow_up_id, area_id),
    CONSTRAINT fk_follow_up_area_follow_up FOREIGN KEY (follow_up_id, agreement_id) REFERENCES follow_up (id, agreement_id) ON DELETE CASCADE,
    CONSTRAINT fk_follow_up_area_area FOREIGN KEY (area_id, agreement_id) REFERENCES priority_area (id, agreement_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
