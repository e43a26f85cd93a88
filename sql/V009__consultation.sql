-- Consultation rounds (remisser) on an agreement: the bodies asked, each body's answer (its decision, its
-- administration's statement and the statements of members), the remarks an answer is split into, their tags, and
-- how each remark was handled, with links to the agreement, area or action item that takes it up.

CREATE TABLE consultation_round (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    agreement_id  BIGINT        NOT NULL,
    subject       VARCHAR(10)   NOT NULL,
    title         VARCHAR(250)  NOT NULL,
    sent_by       VARCHAR(200)  NOT NULL,
    diary_number  VARCHAR(60)   NULL,
    sent_on       DATE          NOT NULL,
    due_on        DATE          NOT NULL,
    status        VARCHAR(10)   NOT NULL DEFAULT 'OPEN',
    description   TEXT          NULL,
    version       INT           NOT NULL DEFAULT 0,
    created_at    TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT fk_consultation_round_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT ck_consultation_round_title CHECK (CHAR_LENGTH(TRIM(title)) > 0),
    CONSTRAINT ck_consultation_round_sent_by CHECK (CHAR_LENGTH(TRIM(sent_by)) > 0),
    -- a draft agreement, or a revision of an adopted one
    CONSTRAINT ck_consultation_round_subject CHECK (subject IN ('DRAFT', 'REVISION')),
    CONSTRAINT ck_consultation_round_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_consultation_round_dates CHECK (due_on >= sent_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_consultation_round_agreement ON consultation_round (agreement_id);

-- The bodies asked to answer
CREATE TABLE consultation_body (
    round_id         BIGINT NOT NULL,
    organisation_id  BIGINT NOT NULL,
    PRIMARY KEY (round_id, organisation_id),
    CONSTRAINT fk_consultation_body_round FOREIGN KEY (round_id) REFERENCES consultation_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_consultation_body_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- One answer per body asked. Decision points are one per line, in order.
CREATE TABLE consultation_answer (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    round_id         BIGINT        NOT NULL,
    organisation_id  BIGINT        NOT NULL,
    answered_on      DATE          NOT NULL,
    decision_date    DATE          NULL,
    paragraph        VARCHAR(20)   NULL,
    diary_number     VARCHAR(60)   NULL,
    decision_points  TEXT          NULL,
    statement        TEXT          NULL,
    statement_date   DATE          NULL,
    summary          TEXT          NULL,
    -- an invented answer (training, demo), shown with an "example" label
    example          BOOLEAN       NOT NULL DEFAULT FALSE,
    version          INT           NOT NULL DEFAULT 0,
    created_at       TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT uq_consultation_answer_body UNIQUE (round_id, organisation_id),
    -- only a body that was asked answers; a body with an answer stays on the round
    CONSTRAINT fk_consultation_answer_body FOREIGN KEY (round_id, organisation_id)
        REFERENCES consultation_body (round_id, organisation_id),
    CONSTRAINT ck_consultation_answer_statement_date CHECK (statement_date IS NULL OR statement IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Statements by members: a special statement, a deputy's statement, a reservation
CREATE TABLE consultation_member_statement (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    answer_id  BIGINT        NOT NULL,
    position   INT           NOT NULL,
    kind       VARCHAR(20)   NOT NULL,
    members    VARCHAR(250)  NOT NULL,
    text       TEXT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_consultation_member_statement UNIQUE (answer_id, position),
    CONSTRAINT fk_consultation_member_statement_answer FOREIGN KEY (answer_id) REFERENCES consultation_answer (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_consultation_member_statement_kind
        CHECK (kind IN ('SPECIAL_STATEMENT', 'DEPUTY_STATEMENT', 'RESERVATION')),
    CONSTRAINT ck_consultation_member_statement_members CHECK (CHAR_LENGTH(TRIM(members)) > 0),
    CONSTRAINT ck_consultation_member_statement_text CHECK (CHAR_LENGTH(TRIM(text)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Tags of remarks, in both languages
CREATE TABLE consultation_tag (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    name_sv   VARCHAR(120) NOT NULL,
    name_en   VARCHAR(120) NOT NULL,
    position  INT          NOT NULL DEFAULT 0,
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    version   INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_consultation_tag_name_sv UNIQUE (name_sv),
    CONSTRAINT uq_consultation_tag_name_en UNIQUE (name_en),
    CONSTRAINT ck_consultation_tag_name_sv CHECK (CHAR_LENGTH(TRIM(name_sv)) > 0),
    CONSTRAINT ck_consultation_tag_name_en CHECK (CHAR_LENGTH(TRIM(name_en)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

INSERT INTO consultation_tag (name_sv, name_en, position) VALUES
    ('Struktur för samverkan', 'Structure for collaboration', 1),
    ('Handlingsplan saknas', 'Action plan missing', 2),
    ('Parallella strukturer', 'Parallel structures', 3),
    ('Målgrupp: barn', 'Target group: children', 4),
    ('Våld i nära relationer', 'Violence in close relationships', 5),
    ('Människohandel', 'Human trafficking', 6),
    ('Våldsutövare', 'Perpetrators', 7),
    ('Jämställdhetsperspektiv', 'Gender-equality perspective', 8),
    ('Resurser', 'Resources', 9),
    ('Lokalt och förebyggande arbete', 'Local and preventive work', 10),
    ('Uppföljning', 'Follow-up', 11);

-- One point of an answer each, and how it was handled: not accepted says why
CREATE TABLE consultation_remark (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    answer_id         BIGINT        NOT NULL,
    position          INT           NOT NULL,
    text              TEXT          NOT NULL,
    handling          VARCHAR(20)   NOT NULL DEFAULT 'PENDING',
    handling_comment  TEXT          NULL,
    version           INT           NOT NULL DEFAULT 0,
    created_at        TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT fk_consultation_remark_answer FOREIGN KEY (answer_id) REFERENCES consultation_answer (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_consultation_remark_text CHECK (CHAR_LENGTH(TRIM(text)) > 0),
    CONSTRAINT ck_consultation_remark_handling
        CHECK (handling IN ('PENDING', 'ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED')),
    CONSTRAINT ck_consultation_remark_reason
        CHECK (handling NOT IN ('NOT_ACCEPTED', 'PARTLY_ACCEPTED')
            OR CHAR_LENGTH(TRIM(COALESCE(handling_comment, ''))) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_consultation_remark_answer ON consultation_remark (answer_id, position);

CREATE TABLE consultation_remark_tag (
    remark_id  BIGINT NOT NULL,
    tag_id     BIGINT NOT NULL,
    PRIMARY KEY (remark_id, tag_id),
    CONSTRAINT fk_consultation_remark_tag_remark FOREIGN KEY (remark_id) REFERENCES consultation_remark (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_consultation_remark_tag_tag FOREIGN KEY (tag_id) REFERENCES consultation_tag (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- What takes a remark up: a change of the agreement itself, one of its areas, or an action item
CREATE TABLE consultation_remark_link (
    id              BIGINT NOT NULL AUTO_INCREMENT,
    remark_id       BIGINT NOT NULL,
    agreement_id    BIGINT NULL,
    area_id         BIGINT NULL,
    action_item_id  BIGINT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_consultation_remark_link_remark FOREIGN KEY (remark_id) REFERENCES consultation_remark (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_consultation_remark_link_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_consultation_remark_link_area FOREIGN KEY (area_id) REFERENCES priority_area (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_consultation_remark_link_item FOREIGN KEY (action_item_id) REFERENCES action_item (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_consultation_remark_link_one
        CHECK ((agreement_id IS NOT NULL) + (area_id IS NOT NULL) + (action_item_id IS NOT NULL) = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_consultation_remark_link_remark ON consultation_remark_link (remark_id);
CREATE INDEX ix_consultation_remark_link_agreement ON consultation_remark_link (agreement_id);
CREATE INDEX ix_consultation_remark_link_area ON consultation_remark_link (area_id);
CREATE INDEX ix_consultation_remark_link_item ON consultation_remark_link (action_item_id);
