-- =============================================================================
-- City-scale data for the dashboard benchmark, added on top of the demo:
-- 10 city-wide (regional) agreements with 10 areas each, 300 local agreements
-- (one per district board and city-wide agreement, 30 district boards) with 4
-- areas each, linked to the city-wide areas, 30,000 action items, 600,000
-- progress reports, 2,000 indicators with 50,000 measurements, 1,000 people
-- with accounts (password "demo"), co-owners, resources and follow-ups.
--
-- Set-based: every table is filled by a few INSERT ... SELECT statements over a
-- numbers table, never row by row. Values are made from the row numbers, so
-- two runs make the same data. Dates follow @gen_today (set by the loader).
-- No statement or comment in this file may contain a semicolon but its end.
-- =============================================================================

SET @today = COALESCE(CAST(@gen_today AS DATE), CURDATE());
SET @y = YEAR(@today);
SET @plan_start = MAKEDATE(@y - 1, 1);
SET @plan_end = MAKEDATE(@y + 2, 1) - INTERVAL 1 DAY;

-- numbers 1 .. 100,000
CREATE TABLE bench_n (n INT NOT NULL PRIMARY KEY) ENGINE = InnoDB;
INSERT INTO bench_n (n)
SELECT 1 + a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d
FROM (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
      UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) a
CROSS JOIN (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
      UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) b
CROSS JOIN (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
      UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) c
CROSS JOIN (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
      UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) e
CROSS JOIN (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
      UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) f;

-- ---------------------------------------------------------------------------
-- Organisations: 30 district boards, 30 local police areas, 10 administrations
-- (k 1-30, 31-60, 61-70 in bench_org)
-- ---------------------------------------------------------------------------
SET @city = (SELECT id FROM organisation WHERE name = 'Stockholms stad');
SET @police_area = (SELECT id FROM organisation WHERE name = 'Polisområde Stockholm syd');

INSERT INTO organisation (name, short_name, kind, agency, parent_id)
SELECT CONCAT('Stadsdel ', LPAD(n, 2, '0'), ' stadsdelsförvaltning'), CONCAT('SDF Stadsdel ', LPAD(n, 2, '0')),
       'DISTRICT_BOARD', 'CITY', @city
FROM bench_n WHERE n <= 30 ORDER BY n;

INSERT INTO organisation (name, short_name, kind, agency, parent_id)
SELECT CONCAT('Lokalpolisområde Ort ', LPAD(n, 2, '0')), CONCAT('LPO Ort ', LPAD(n, 2, '0')),
       'LOCAL_POLICE_AREA', 'POLICE', @police_area
FROM bench_n WHERE n <= 30 ORDER BY n;

INSERT INTO organisation (name, short_name, kind, agency, parent_id)
SELECT CONCAT('Förvaltning ', LPAD(n, 2, '0')), CONCAT('FV ', LPAD(n, 2, '0')), 'ADMINISTRATION', 'CITY', @city
FROM bench_n WHERE n <= 10 ORDER BY n;

CREATE TABLE bench_org (k INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL) ENGINE = InnoDB;
INSERT INTO bench_org (k, id)
SELECT n.n, o.id FROM bench_n n JOIN organisation o ON o.name = CONCAT('Stadsdel ', LPAD(n.n, 2, '0'),
    ' stadsdelsförvaltning') WHERE n.n <= 30;
INSERT INTO bench_org (k, id)
SELECT 30 + n.n, o.id FROM bench_n n JOIN organisation o ON o.name = CONCAT('Lokalpolisområde Ort ', LPAD(n.n, 2, '0'))
WHERE n.n <= 30;
INSERT INTO bench_org (k, id)
SELECT 60 + n.n, o.id FROM bench_n n JOIN organisation o ON o.name = CONCAT('Förvaltning ', LPAD(n.n, 2, '0'))
WHERE n.n <= 10;

-- ---------------------------------------------------------------------------
-- 1,000 people with accounts (the demo's password): coordinators, every tenth a manager, every twentieth a viewer
-- ---------------------------------------------------------------------------
INSERT INTO person (display_name, email, title, organisation_id)
SELECT CONCAT('Person ', LPAD(n.n, 4, '0')), CONCAT('person', n.n, '@gen.example.se'), 'Handläggare', o.id
FROM bench_n n JOIN bench_org o ON o.k = 1 + n.n % 70
WHERE n.n <= 1000 ORDER BY n.n;

CREATE TABLE bench_person (k INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL) ENGINE = InnoDB;
INSERT INTO bench_person (k, id)
SELECT n.n, p.id FROM bench_n n JOIN person p ON p.email = CONCAT('person', n.n, '@gen.example.se') WHERE n.n <= 1000;

SET @hash = (SELECT password_hash FROM user_account WHERE username = 'chef');
INSERT INTO user_account (person_id, username, password_hash, preferred_language)
SELECT p.id, CONCAT('gen', LPAD(p.k, 4, '0')), @hash, 'sv' FROM bench_person p ORDER BY p.k;

INSERT INTO user_role (user_account_id, role)
SELECT a.id, CASE WHEN p.k % 10 = 0 THEN 'MANAGER' WHEN p.k % 20 = 5 THEN 'VIEWER' ELSE 'COORDINATOR' END
FROM bench_person p JOIN user_account a ON a.person_id = p.id;

-- ---------------------------------------------------------------------------
-- Agreements: 10 city-wide (k 1-10), 300 local (k 11-310): local k belongs to district board 1 + (k - 11) % 30
-- and city-wide agreement 1 + (k - 11) DIV 30, so every district has one local agreement under each city-wide one
-- ---------------------------------------------------------------------------
INSERT INTO agreement (kind, title, diary_number, parent_id, summary, period_start, period_end, status, adopted_on,
    adopted_by)
SELECT 'CITY_WIDE', CONCAT('Regional samverkansöverenskommelse ', LPAD(n, 2, '0')),
       CONCAT('GEN ', @y - 2, '/', LPAD(n, 3, '0')), NULL, 'Genererad för prestandamätning.',
       MAKEDATE(@y - 2, 1), NULL, 'ADOPTED', MAKEDATE(@y - 2, 1), 'Kommunfullmäktige'
FROM bench_n WHERE n <= 10 ORDER BY n;

CREATE TABLE bench_agreement (k INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL, district INT NULL,
    city_wide INT NULL) ENGINE = InnoDB;
INSERT INTO bench_agreement (k, id)
SELECT n.n, a.id FROM bench_n n JOIN agreement a ON a.diary_number = CONCAT('GEN ', @y - 2, '/', LPAD(n.n, 3, '0'))
WHERE n.n <= 10;

INSERT INTO agreement (kind, title, diary_number, parent_id, summary, period_start, period_end, status, adopted_on,
    adopted_by)
SELECT 'LOCAL', CONCAT('Lokal överenskommelse Stadsdel ', LPAD(1 + (n.n - 1) % 30, 2, '0'), ' under ',
           LPAD(1 + (n.n - 1) DIV 30, 2, '0')),
       CONCAT('GENL ', @y - 2, '/', LPAD(n.n, 3, '0')), c.id, 'Genererad för prestandamätning.',
       MAKEDATE(@y - 2, 1), MAKEDATE(@y + 2, 1) - INTERVAL 1 DAY, 'ADOPTED', MAKEDATE(@y - 2, 1), 'Stadsdelsnämnden'
FROM bench_n n JOIN bench_agreement c ON c.k = 1 + (n.n - 1) DIV 30
WHERE n.n <= 300 ORDER BY n.n;

INSERT INTO bench_agreement (k, id, district, city_wide)
SELECT 10 + n.n, a.id, 1 + (n.n - 1) % 30, 1 + (n.n - 1) DIV 30
FROM bench_n n JOIN agreement a ON a.diary_number = CONCAT('GENL ', @y - 2, '/', LPAD(n.n, 3, '0'))
WHERE n.n <= 300;

INSERT INTO agreement_party (agreement_id, organisation_id)
SELECT a.id, o.id FROM bench_agreement a
JOIN organisation o ON o.name IN ('Stockholms stad', 'Polisregion Stockholm') WHERE a.k <= 10;
INSERT INTO agreement_party (agreement_id, organisation_id)
SELECT a.id, o.id FROM bench_agreement a JOIN bench_org o ON o.k = a.district WHERE a.k > 10;
INSERT INTO agreement_party (agreement_id, organisation_id)
SELECT a.id, o.id FROM bench_agreement a JOIN bench_org o ON o.k = 30 + a.district WHERE a.k > 10;

-- areas: 10 per city-wide agreement, 4 per local one
INSERT INTO priority_area (agreement_id, position, title, description)
SELECT a.id, n.n, CONCAT('Regionalt område ', n.n), 'Genererat område.'
FROM bench_agreement a JOIN bench_n n ON n.n <= 10 WHERE a.k <= 10;
INSERT INTO priority_area (agreement_id, position, title, description)
SELECT a.id, n.n, CONCAT('Lokalt område ', n.n), 'Genererat område.'
FROM bench_agreement a JOIN bench_n n ON n.n <= 4 WHERE a.k > 10;

-- each local area contributes to one or two areas of the city-wide agreement above it
INSERT IGNORE INTO area_contribution (area_id, city_area_id)
SELECT la.id, ca.id FROM bench_agreement a
JOIN priority_area la ON la.agreement_id = a.id
JOIN bench_agreement c ON c.k = a.city_wide
JOIN priority_area ca ON ca.agreement_id = c.id AND ca.position = 1 + (la.position * 3 + a.district) % 10
WHERE a.k > 10;
INSERT IGNORE INTO area_contribution (area_id, city_area_id)
SELECT la.id, ca.id FROM bench_agreement a
JOIN priority_area la ON la.agreement_id = a.id AND la.position % 2 = 0
JOIN bench_agreement c ON c.k = a.city_wide
JOIN priority_area ca ON ca.agreement_id = c.id AND ca.position = 1 + (la.position * 7 + a.district * 3) % 10
WHERE a.k > 10;

-- one three-year action plan per agreement
INSERT INTO action_plan (agreement_id, title, period_start, period_end)
SELECT a.id, CONCAT('Handlingsplan ', @y - 1, '–', @y + 1), @plan_start, @plan_end FROM bench_agreement a;

-- ---------------------------------------------------------------------------
-- 30,000 action items: 300 in each city-wide agreement, 90 in each local one. Nine in ten have started; dates,
-- statuses and lights follow from the item's number.
-- ---------------------------------------------------------------------------
CREATE TABLE bench_item_plan (n INT NOT NULL PRIMARY KEY, agreement_k INT NOT NULL, area_position INT NOT NULL,
    lead_k INT NOT NULL, start_date DATE NOT NULL, due_date DATE NOT NULL, h INT NOT NULL, light INT NOT NULL)
    ENGINE = InnoDB;
INSERT INTO bench_item_plan (n, agreement_k, area_position, lead_k, start_date, due_date, h, light)
SELECT s.n, s.agreement_k,
       IF(s.agreement_k <= 10, 1 + (s.n * 7) % 10, 1 + (s.n * 3) % 4),
       CASE WHEN s.agreement_k <= 10 THEN IF(s.n % 2 = 0, 61 + s.n % 10, 31 + s.n % 30)
            WHEN s.n % 3 = 0 THEN 30 + 1 + (s.agreement_k - 11) % 30
            ELSE 1 + (s.agreement_k - 11) % 30 END,
       s.start_date,
       LEAST(@plan_end, s.start_date + INTERVAL (60 + (s.n * 13) % 420) DAY),
       (s.n * 7919) % 100, (s.n * 104729) % 100
FROM (SELECT n, IF(n <= 3000, 1 + (n - 1) % 10, 11 + (n - 3001) % 300) AS agreement_k,
             IF(n % 10 = 0,
                @today + INTERVAL (1 + n % 200) DAY,
                @plan_start + INTERVAL ((n * 37) % GREATEST(1, DATEDIFF(@today, @plan_start) - 30)) DAY) AS start_date
      FROM bench_n WHERE n <= 30000) s;

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description, lead_organisation_id,
    responsible_person_id, start_date, due_date, status, progress, traffic_light, traffic_light_comment,
    publishable)
SELECT p.id, a.id, pa.id, CONCAT('Genererad åtgärd ', LPAD(i.n, 5, '0')),
       'Genererad åtgärd för prestandamätning.', o.id, pe.id, i.start_date, i.due_date, i.status,
       CASE i.status WHEN 'COMPLETED' THEN 100 WHEN 'PLANNED' THEN 0 ELSE i.h END,
       CASE WHEN i.light < 75 THEN 'GREEN' WHEN i.light < 92 THEN 'AMBER' ELSE 'RED' END,
       IF(i.light < 75, NULL, 'Genererad bedömning.'), TRUE
FROM (SELECT b.*, CASE WHEN b.start_date > @today THEN 'PLANNED'
                       WHEN b.due_date < @today THEN CASE WHEN b.h < 70 THEN 'COMPLETED' WHEN b.h < 85 THEN 'ONGOING'
                                                          WHEN b.h < 93 THEN 'POSTPONED' ELSE 'CANCELLED' END
                       ELSE CASE WHEN b.h < 78 THEN 'ONGOING' WHEN b.h < 86 THEN 'PLANNED'
                                 WHEN b.h < 94 THEN 'POSTPONED' ELSE 'COMPLETED' END END AS status
      FROM bench_item_plan b) i
JOIN bench_agreement a ON a.k = i.agreement_k
JOIN action_plan p ON p.agreement_id = a.id
JOIN priority_area pa ON pa.agreement_id = a.id AND pa.position = i.area_position
JOIN bench_org o ON o.k = i.lead_k
JOIN bench_person pe ON pe.k = 1 + i.n % 1000
ORDER BY i.n;

-- a passing index, so that the items just made can be found by their titles
CREATE INDEX bench_ix_item_title ON action_item (title);
CREATE TABLE bench_item (n INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL, lead_k INT NOT NULL) ENGINE = InnoDB;
INSERT INTO bench_item (n, id, lead_k)
SELECT b.n, ai.id, b.lead_k FROM bench_item_plan b
JOIN action_item ai ON ai.title = CONCAT('Genererad åtgärd ', LPAD(b.n, 5, '0'));
DROP INDEX bench_ix_item_title ON action_item;

-- a co-owner for most items, and resources: existing hours for all, new money for every third
INSERT IGNORE INTO action_item_co_owner (action_item_id, organisation_id)
SELECT i.id, o.id FROM bench_item i JOIN bench_org o ON o.k = 1 + (i.n * 11) % 70 WHERE o.k <> i.lead_k;

INSERT INTO action_item_resource (action_item_id, agency, funding, hours)
SELECT i.id, IF(i.n % 2 = 0, 'CITY', 'POLICE'), 'EXISTING', 20 + i.n % 200 FROM bench_item i;
INSERT INTO action_item_resource (action_item_id, agency, funding, amount_sek)
SELECT i.id, 'CITY', 'NEW', 10000 * (1 + i.n % 50) FROM bench_item i WHERE i.n % 3 = 0;

-- ---------------------------------------------------------------------------
-- 600,000 progress reports, spread evenly from each started item's start to its due date or today
-- ---------------------------------------------------------------------------
SET @started = (SELECT COUNT(*) FROM action_item ai JOIN bench_item i ON i.id = ai.id WHERE ai.start_date <= @today);
SET @per_item = CEIL(600000 / @started);

INSERT INTO progress_report (action_item_id, reported_on, author_id, status, progress, traffic_light, summary)
SELECT ai.id,
       ai.start_date + INTERVAL FLOOR((r.n - 1) * DATEDIFF(LEAST(ai.due_date, @today), ai.start_date) / @per_item) DAY,
       pe.id,
       IF(r.n = @per_item, ai.status, 'ONGOING'),
       IF(r.n = @per_item, ai.progress, LEAST(99, FLOOR(100 * r.n / @per_item))),
       ai.traffic_light, CONCAT('Lägesrapport ', r.n)
FROM action_item ai JOIN bench_item i ON i.id = ai.id
JOIN bench_n r ON r.n <= @per_item
JOIN bench_person pe ON pe.k = 1 + (i.n + r.n) % 1000
WHERE ai.start_date <= @today
ORDER BY i.n, r.n
LIMIT 600000;

-- ---------------------------------------------------------------------------
-- 2,000 indicators (two per area of the city-wide agreements, six per local agreement), 25 monthly measurements each
-- ---------------------------------------------------------------------------
INSERT INTO indicator (agreement_id, area_id, name, description, unit, direction, split, baseline_value,
    baseline_date, target_value, target_date)
SELECT a.id, pa.id, CONCAT('Regional indikator ', pa.position, '.', n.n), 'Genererad indikator.', '%',
       IF(n.n = 1, 'LOWER', 'HIGHER'), 'NONE', 50, @plan_start, IF(n.n = 1, 30, 70), @plan_end
FROM bench_agreement a JOIN priority_area pa ON pa.agreement_id = a.id JOIN bench_n n ON n.n <= 2
WHERE a.k <= 10;
INSERT INTO indicator (agreement_id, name, description, unit, direction, split, baseline_value, baseline_date,
    target_value, target_date)
SELECT a.id, CONCAT('Lokal indikator ', n.n), 'Genererad indikator.', '%', IF(n.n % 2 = 1, 'LOWER', 'HIGHER'),
       'NONE', 50, @plan_start, IF(n.n % 2 = 1, 35, 65), @plan_end
FROM bench_agreement a JOIN bench_n n ON n.n <= 6 WHERE a.k > 10;

INSERT INTO indicator_measurement (indicator_id, measured_on, series, value, recorded_by)
SELECT ind.id, LAST_DAY(@today - INTERVAL m.n MONTH), 'TOTAL',
       ROUND(50 + IF(ind.direction = 'LOWER', -0.6, 0.6) * (25 - m.n) + (ind.id % 7), 1), pe.id
FROM indicator ind JOIN bench_agreement a ON a.id = ind.agreement_id
JOIN bench_n m ON m.n <= 25
JOIN bench_person pe ON pe.k = 1 + (ind.id + m.n) % 1000;

-- held follow-ups, two per agreement: the dashboard counts "no report since" from the last one
CREATE TABLE bench_follow_up_day (agreement_id BIGINT NOT NULL, title VARCHAR(100) NOT NULL, scheduled_on DATE NOT NULL)
    ENGINE = InnoDB;
INSERT INTO bench_follow_up_day (agreement_id, title, scheduled_on)
SELECT a.id, CONCAT('Genererad uppföljning ', n.n), @today - INTERVAL (30 + 90 * (n.n - 1)) DAY
FROM bench_agreement a JOIN bench_n n ON n.n <= 2;

DROP TABLE bench_item;
DROP TABLE bench_item_plan;
DROP TABLE bench_person;
DROP TABLE bench_org;
DROP TABLE bench_n;
