-- =============================================================================
-- Samverkan: demo data (Stockholms stad and Polisregion Stockholm)
--
-- Loaded once, in one transaction, into an empty database that has the schema.
-- All people are fictional staff. There is no data about victims or suspects,
-- and no personal identity numbers. Rows refer to each other through their
-- unique keys (organisation.name, person.email, target_group.name_sv) and
-- through session variables holding the ids of rows made here, never through
-- literal ids.
--
-- Every date is relative to @today: the loader sets @demo_today from the
-- application's clock (run by hand, the database's own date is used). Plans
-- and agreements follow the calendar years around today, items lie inside
-- their plan's period (at most a year back and a year ahead, which the
-- three-year plans always cover), and no report or measurement lies in the
-- future. Only KS 2019/656 keeps its real, fixed dates.
--
-- Demo user accounts are created by the application, which looks the people
-- up by e-mail address; it then makes a few edits as the demo users through
-- the services, so that items have a history with before and after.
-- =============================================================================

SET @today = COALESCE(CAST(@demo_today AS DATE), CURDATE());
SET @y = YEAR(@today);


-- ---------------------------------------------------------------------------
-- 1. Organisations: top-level rows first, parents are set with UPDATE below
-- ---------------------------------------------------------------------------

-- The city
INSERT INTO organisation (name, short_name, kind, agency) VALUES
    ('Stockholms stad', 'Staden', 'MUNICIPALITY', 'CITY'),
    ('Rinkeby-Kista stadsdelsförvaltning', 'SDF Rinkeby-Kista', 'DISTRICT_BOARD', 'CITY'),
    ('Spånga-Tensta stadsdelsförvaltning', 'SDF Spånga-Tensta', 'DISTRICT_BOARD', 'CITY'),
    ('Hässelby-Vällingby stadsdelsförvaltning', 'SDF Hässelby-Vällingby', 'DISTRICT_BOARD', 'CITY'),
    ('Bromma stadsdelsförvaltning', 'SDF Bromma', 'DISTRICT_BOARD', 'CITY'),
    ('Kungsholmens stadsdelsförvaltning', 'SDF Kungsholmen', 'DISTRICT_BOARD', 'CITY'),
    ('Norrmalms stadsdelsförvaltning', 'SDF Norrmalm', 'DISTRICT_BOARD', 'CITY'),
    ('Östermalms stadsdelsförvaltning', 'SDF Östermalm', 'DISTRICT_BOARD', 'CITY'),
    ('Södermalms stadsdelsförvaltning', 'SDF Södermalm', 'DISTRICT_BOARD', 'CITY'),
    ('Enskede-Årsta-Vantörs stadsdelsförvaltning', 'SDF Enskede-Årsta-Vantör', 'DISTRICT_BOARD', 'CITY'),
    ('Skarpnäcks stadsdelsförvaltning', 'SDF Skarpnäck', 'DISTRICT_BOARD', 'CITY'),
    ('Farsta stadsdelsförvaltning', 'SDF Farsta', 'DISTRICT_BOARD', 'CITY'),
    ('Hägersten-Älvsjö stadsdelsförvaltning', 'SDF Hägersten-Älvsjö', 'DISTRICT_BOARD', 'CITY'),
    ('Skärholmens stadsdelsförvaltning', 'SDF Skärholmen', 'DISTRICT_BOARD', 'CITY'),
    ('Socialförvaltningen', 'SOF', 'ADMINISTRATION', 'CITY'),
    ('Utbildningsförvaltningen', 'UTBF', 'ADMINISTRATION', 'CITY'),
    ('Trafikkontoret', 'TK', 'ADMINISTRATION', 'CITY'),
    ('Stadsledningskontoret', 'SLK', 'ADMINISTRATION', 'CITY'),
    ('Fastighetskontoret', 'FK', 'ADMINISTRATION', 'CITY');

-- The police
INSERT INTO organisation (name, short_name, kind, agency) VALUES
    ('Polisregion Stockholm', 'Polisregion Stockholm', 'POLICE_REGION', 'POLICE'),
    ('Polisområde Stockholm city', 'PO City', 'POLICE_AREA', 'POLICE'),
    ('Polisområde Stockholm nord', 'PO Nord', 'POLICE_AREA', 'POLICE'),
    ('Polisområde Stockholm syd', 'PO Syd', 'POLICE_AREA', 'POLICE'),
    ('Lokalpolisområde Norrmalm', 'LPO Norrmalm', 'LOCAL_POLICE_AREA', 'POLICE'),
    ('Lokalpolisområde Södermalm', 'LPO Södermalm', 'LOCAL_POLICE_AREA', 'POLICE'),
    ('Lokalpolisområde Östermalm', 'LPO Östermalm', 'LOCAL_POLICE_AREA', 'POLICE'),
    ('Lokalpolisområde Rinkeby', 'LPO Rinkeby', 'LOCAL_POLICE_AREA', 'POLICE'),
    ('Lokalpolisområde Västerort', 'LPO Västerort', 'LOCAL_POLICE_AREA', 'POLICE'),
    ('Lokalpolisområde Farsta', 'LPO Farsta', 'LOCAL_POLICE_AREA', 'POLICE'),
    ('Lokalpolisområde Skärholmen', 'LPO Skärholmen', 'LOCAL_POLICE_AREA', 'POLICE');

-- Hierarchy: every city administration sits under Stockholms stad
UPDATE organisation c
JOIN (SELECT id FROM organisation WHERE name = 'Stockholms stad') p
SET c.parent_id = p.id
WHERE c.agency = 'CITY' AND c.kind IN ('DISTRICT_BOARD', 'ADMINISTRATION');

-- Police areas sit under the police region
UPDATE organisation c
JOIN (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm') p
SET c.parent_id = p.id
WHERE c.kind = 'POLICE_AREA';

-- Local police areas sit under their police area
UPDATE organisation c
JOIN (SELECT id FROM organisation WHERE name = 'Polisområde Stockholm city') p
SET c.parent_id = p.id
WHERE c.name IN ('Lokalpolisområde Norrmalm', 'Lokalpolisområde Södermalm', 'Lokalpolisområde Östermalm');

UPDATE organisation c
JOIN (SELECT id FROM organisation WHERE name = 'Polisområde Stockholm nord') p
SET c.parent_id = p.id
WHERE c.name IN ('Lokalpolisområde Rinkeby', 'Lokalpolisområde Västerort');

UPDATE organisation c
JOIN (SELECT id FROM organisation WHERE name = 'Polisområde Stockholm syd') p
SET c.parent_id = p.id
WHERE c.name IN ('Lokalpolisområde Farsta', 'Lokalpolisområde Skärholmen');

-- ---------------------------------------------------------------------------
-- 2. People (fictional staff only)
-- ---------------------------------------------------------------------------

-- The five people behind the demo accounts: keep these e-mail addresses as they are
INSERT INTO person (display_name, email, title, organisation_id) VALUES
    ('Alva Adminsson', 'admin@stad.example.se', 'Systemförvaltare',
        (SELECT id FROM organisation WHERE name = 'Stadsledningskontoret')),
    ('Karin Chefsdotter', 'chef@stad.example.se', 'Trygghetsdirektör',
        (SELECT id FROM organisation WHERE name = 'Stockholms stad')),
    ('Sara Lindqvist', 'stad@stad.example.se', 'Trygghetssamordnare',
        (SELECT id FROM organisation WHERE name = 'Enskede-Årsta-Vantörs stadsdelsförvaltning')),
    ('Johan Berg', 'polis@polisen.example.se', 'Kommunpolis',
        (SELECT id FROM organisation WHERE name = 'Lokalpolisområde Farsta')),
    ('Erik Insyn', 'insyn@stad.example.se', 'Ledamot, stadsdelsnämnden',
        (SELECT id FROM organisation WHERE name = 'Enskede-Årsta-Vantörs stadsdelsförvaltning'));

-- Coordinators and municipal police officers, used as responsible persons
INSERT INTO person (display_name, email, title, organisation_id) VALUES
    ('Maria Holmgren', 'maria.holmgren@stad.example.se', 'Trygghetssamordnare',
        (SELECT id FROM organisation WHERE name = 'Farsta stadsdelsförvaltning')),
    ('Ahmed Karimi', 'ahmed.karimi@stad.example.se', 'Samordnare, SSPF',
        (SELECT id FROM organisation WHERE name = 'Socialförvaltningen')),
    ('Lena Sjöberg', 'lena.sjoberg@stad.example.se', 'Utvecklingsledare, avhopparverksamhet',
        (SELECT id FROM organisation WHERE name = 'Socialförvaltningen')),
    ('Elin Sandberg', 'elin.sandberg@stad.example.se', 'Utvecklingsledare, våld i nära relationer',
        (SELECT id FROM organisation WHERE name = 'Socialförvaltningen')),
    ('Petra Nyström', 'petra.nystrom@stad.example.se', 'Säkerhetssamordnare',
        (SELECT id FROM organisation WHERE name = 'Utbildningsförvaltningen')),
    ('Helena Ekman', 'helena.ekman@stad.example.se', 'Strateg, våldsbejakande extremism',
        (SELECT id FROM organisation WHERE name = 'Stadsledningskontoret')),
    ('Fredrik Åberg', 'fredrik.aberg@stad.example.se', 'Förvaltare, mark och exploatering',
        (SELECT id FROM organisation WHERE name = 'Fastighetskontoret')),
    ('Oskar Lundell', 'oskar.lundell@stad.example.se', 'Projektledare, trygghetsinvesteringar',
        (SELECT id FROM organisation WHERE name = 'Trafikkontoret')),
    ('Mikael Forsberg', 'mikael.forsberg@polisen.example.se', 'Samverkanssamordnare',
        (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm')),
    ('Camilla Strand', 'camilla.strand@polisen.example.se', 'Kommunpolis',
        (SELECT id FROM organisation WHERE name = 'Lokalpolisområde Södermalm')),
    ('Jenny Ahlström', 'jenny.ahlstrom@polisen.example.se', 'Kommunpolis',
        (SELECT id FROM organisation WHERE name = 'Lokalpolisområde Farsta')),
    ('Daniel Öhman', 'daniel.ohman@polisen.example.se', 'Kommunpolis',
        (SELECT id FROM organisation WHERE name = 'Lokalpolisområde Rinkeby'));

-- Deputies and more coordinators
INSERT INTO person (display_name, email, title, organisation_id) VALUES
    ('Nadia Rahimi', 'nadia.rahimi@stad.example.se', 'Fältsamordnare',
        (SELECT id FROM organisation WHERE name = 'Enskede-Årsta-Vantörs stadsdelsförvaltning')),
    ('Tobias Wikström', 'tobias.wikstrom@stad.example.se', 'Enhetschef, socialtjänsten',
        (SELECT id FROM organisation WHERE name = 'Enskede-Årsta-Vantörs stadsdelsförvaltning')),
    ('Anna Bergström', 'anna.bergstrom@stad.example.se', 'Trygghetssamordnare',
        (SELECT id FROM organisation WHERE name = 'Skärholmens stadsdelsförvaltning')),
    ('Linnea Ek', 'linnea.ek@stad.example.se', 'Trygghetssamordnare',
        (SELECT id FROM organisation WHERE name = 'Rinkeby-Kista stadsdelsförvaltning')),
    ('Hanna Möller', 'hanna.moller@stad.example.se', 'Utvecklingsledare, trygg skola',
        (SELECT id FROM organisation WHERE name = 'Utbildningsförvaltningen')),
    ('Jonas Falk', 'jonas.falk@stad.example.se', 'Controller, upphandling',
        (SELECT id FROM organisation WHERE name = 'Stadsledningskontoret')),
    ('Amir Haddad', 'amir.haddad@stad.example.se', 'Säkerhetsstrateg',
        (SELECT id FROM organisation WHERE name = 'Stadsledningskontoret')),
    ('Sofia Lindahl', 'sofia.lindahl@polisen.example.se', 'Analytiker',
        (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm')),
    ('Marcus Ohlsson', 'marcus.ohlsson@polisen.example.se', 'Samverkanssamordnare',
        (SELECT id FROM organisation WHERE name = 'Polisområde Stockholm syd')),
    ('Peter Holm', 'peter.holm@polisen.example.se', 'Kommunpolis',
        (SELECT id FROM organisation WHERE name = 'Lokalpolisområde Norrmalm'));

-- ---------------------------------------------------------------------------
-- 3. Agreements: city-wide, local, citizen promise (parents before children)
-- ---------------------------------------------------------------------------

-- KS 2019/656 keeps its real dates: adopted by the city council on 4 November 2019, valid until further notice
INSERT INTO agreement (kind, title, diary_number, parent_id, summary, period_start, period_end,
    status, adopted_on, adopted_by) VALUES
    ('CITY_WIDE',
     'Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm',
     'KS 2019/656', NULL,
     'Ramen för hur staden och polisen arbetar tillsammans mot brott och otrygghet. Den inrättar en gemensam '
     'ledning, regelbundna avstämningar för en gemensam lägesbild och tydligare uppföljning, och pekar ut tio '
     'prioriterade samverkansområden. Överenskommelsen reviderades i januari 2024 och gäller tills vidare.',
     '2019-11-04', NULL, 'ADOPTED', '2019-11-04', 'Kommunfullmäktige');
SET @ks = LAST_INSERT_ID();

-- The local agreement runs four calendar years, from two years back to the end of next year
INSERT INTO agreement (kind, title, diary_number, parent_id, summary, period_start, period_end,
    status, adopted_on, adopted_by) VALUES
    ('LOCAL',
     'Lokal samverkansöverenskommelse Enskede-Årsta-Vantör',
     CONCAT('EÅV ', @y - 3, '/112'), @ks,
     'Stadsdelsförvaltningen och Lokalpolisområde Farsta utgår från den lokala problembilden och bygger vidare på '
     'samarbete som redan finns, i stället för att skapa nya parallella strukturer. Fokus ligger på centrummiljöerna, '
     'unga i riskzon, våld i nära relationer och kvinnors trygghet i det offentliga rummet.',
     MAKEDATE(@y - 2, 1), MAKEDATE(@y + 2, 1) - INTERVAL 1 DAY, 'ADOPTED', CONCAT(@y - 3, '-12-14'),
     'Enskede-Årsta-Vantörs stadsdelsnämnd');
SET @eav = LAST_INSERT_ID();

-- Farsta's next agreement is out for consultation; it would start next year
INSERT INTO agreement (kind, title, diary_number, parent_id, summary, period_start, period_end,
    status, adopted_on, adopted_by) VALUES
    ('LOCAL',
     'Lokal samverkansöverenskommelse Farsta',
     CONCAT('FAR ', @y, '/087'), @ks,
     'Förslag till ny lokal överenskommelse mellan Farsta stadsdelsförvaltning och Lokalpolisområde Farsta. '
     'Förslaget är ute på remiss hos råd, föreningar och berörda förvaltningar innan nämnden tar ställning.',
     MAKEDATE(@y + 1, 1), MAKEDATE(@y + 4, 1) - INTERVAL 1 DAY, 'IN_CONSULTATION', NULL, NULL);
SET @far = LAST_INSERT_ID();

-- The citizen promise is for the current year, adopted in December of the year before
INSERT INTO agreement (kind, title, diary_number, parent_id, summary, period_start, period_end,
    status, adopted_on, adopted_by) VALUES
    ('CITIZEN_PROMISE',
     CONCAT('Medborgarlöfte Enskede-Årsta-Vantör ', @y),
     CONCAT('EÅV ', @y - 1, '/389'), @eav,
     'Konkreta och räkningsbara löften till dem som bor och verkar i stadsdelen, lämnade gemensamt av '
     'stadsdelsförvaltningen och lokalpolisen. Resultatet redovisas öppet när året är slut.',
     MAKEDATE(@y, 1), MAKEDATE(@y + 1, 1) - INTERVAL 1 DAY, 'ADOPTED', CONCAT(@y - 1, '-12-11'),
     'Enskede-Årsta-Vantörs stadsdelsnämnd och Lokalpolisområde Farsta');
SET @promise = LAST_INSERT_ID();

-- Parties
INSERT INTO agreement_party (agreement_id, organisation_id)
SELECT @ks, id FROM organisation WHERE name IN ('Stockholms stad', 'Polisregion Stockholm');

INSERT INTO agreement_party (agreement_id, organisation_id)
SELECT a.id, o.id FROM agreement a
JOIN organisation o ON o.name IN ('Enskede-Årsta-Vantörs stadsdelsförvaltning', 'Lokalpolisområde Farsta')
WHERE a.id IN (@eav, @promise);

INSERT INTO agreement_party (agreement_id, organisation_id)
SELECT @far, id FROM organisation WHERE name IN ('Farsta stadsdelsförvaltning', 'Lokalpolisområde Farsta');

-- ---------------------------------------------------------------------------
-- 4. Prioritized areas
-- ---------------------------------------------------------------------------

-- The ten areas of the city-wide agreement (titles as in the agreement)
INSERT INTO priority_area (agreement_id, position, title, description) VALUES
    (@ks, 1,
     'Riktat arbete mot avgränsade platser och utsatta områden',
     'Gemensamma insatser där brott och otrygghet samlas, styrda av en delad lägesbild. Målet är att inget område i '
     'Stockholm ska stå kvar på polisens lista över särskilt utsatta områden.'),
    (@ks, 2,
     'Unga i risk för kriminalitet',
     'Barn och unga som riskerar att dras in i brott ska upptäckas tidigt och få samordnat stöd från skola, '
     'socialtjänst, polis och fritid.'),
    (@ks, 3,
     'Skolan som brottsplats',
     'Brott i och runt skolan ska förebyggas och hanteras lika i hela staden, så att elever och personal kan känna sig '
     'trygga.'),
    (@ks, 4,
     'Avhopparverksamhet för kriminella',
     'Den som vill lämna ett kriminellt nätverk ska snabbt kunna få stöd, med korta vägar mellan polisen och stadens '
     'avhopparverksamhet.'),
    (@ks, 5,
     'Arbetet mot våldsbejakande extremism',
     'Förebyggande arbete byggt på en gemensam bild av läget och tydliga rutiner när någon uttrycker oro för '
     'radikalisering.'),
    (@ks, 6,
     'Särskilt utsatta och sårbara brottsoffer',
     'Bättre stöd och skydd för brottsoffer i särskilt utsatta lägen, till exempel barn, våldsutsatta i nära relationer '
     'och personer som utsätts för människohandel.'),
    (@ks, 7,
     'Otillåten påverkan',
     'Medarbetare och verksamheter ska skyddas mot hot, trakasserier och andra försök att påverka beslut, och offentliga '
     'medel ska inte hamna hos kriminella aktörer.'),
    (@ks, 8,
     'Otillåtna bosättningar',
     'Samordnat och respektfullt agerande när otillåtna bosättningar uppstår, med klar ansvarsfördelning mellan '
     'markägare, socialtjänst och polis.'),
    (@ks, 9,
     'Ordningsvakter',
     'Ordningsvakter används där staden och polisen gemensamt bedömer att de stärker tryggheten, och deras iakttagelser '
     'tas tillvara i det lokala arbetet.'),
    (@ks, 10,
     'Kameraövervakning',
     'Kameror som stöd för trygghet och utredning på utvalda platser, med gemensam bedömning av behov och uppföljning '
     'av vilken effekt de har.');

-- Local agreement Enskede-Årsta-Vantör
INSERT INTO priority_area (agreement_id, position, title, description) VALUES
    (@eav, 1,
     'Trygga centrummiljöer i Högdalen, Rågsved och Hagsätra',
     'Förbättrad fysisk miljö, synlig närvaro och snabb återkoppling på det som boende rapporterar i och kring '
     'stadsdelens centrum.'),
    (@eav, 2,
     'Unga i riskzon och tidiga insatser',
     'Det lokala SSPF-arbetet, fältarbetet och fritidsverksamheten samordnas så att unga fångas upp innan de hamnar i '
     'kriminalitet.'),
    (@eav, 3,
     'Våld i nära relationer och hedersrelaterat våld',
     'Bättre samverkan för att nå både de som utsätts och de som utövar våld, med särskild uppmärksamhet på barn.'),
    (@eav, 4,
     'Kvinnors trygghet i det offentliga rummet',
     'Kvinnors upplevda otrygghet analyseras separat och leder till åtgärder på de platser som pekas ut.');

-- Local agreement Farsta (in consultation)
INSERT INTO priority_area (agreement_id, position, title, description) VALUES
    (@far, 1,
     'Trygghet i Farsta centrum och vid tunnelbanan',
     'Samordnad närvaro och bättre miljö i centrum och vid stationerna, där många rör sig kvällstid.'),
    (@far, 2,
     'Unga i risk för kriminalitet och rekrytering',
     'Tidiga och gemensamma insatser för unga som riskerar att rekryteras till kriminella nätverk.'),
    (@far, 3,
     'Narkotika i offentlig miljö',
     'Minska öppen narkotikaförsäljning och användning på allmän plats genom kontroll, stöd och förändrad fysisk miljö.');

-- The citizen promise of the year
INSERT INTO priority_area (agreement_id, position, title, description) VALUES
    (@promise, 1,
     'Minst sex gemensamma trygghetsvandringar under året',
     'Polisen och stadsdelsförvaltningen lovar minst sex trygghetsvandringar med boende i Rågsved, Hagsätra och '
     'Högdalen, och att redovisa vad som gjorts med synpunkterna.'),
    (@promise, 2,
     'Närvaro vid skolor och fritidsgårdar varje månad',
     'Kommunpoliser och fältassistenter lovar att besöka varje högstadieskola och fritidsgård i stadsdelen minst en gång '
     'i månaden under terminerna.');

-- ---------------------------------------------------------------------------
-- 5. Action plans: three calendar years each (last year to next year), inside their agreement's period
-- ---------------------------------------------------------------------------

INSERT INTO action_plan (agreement_id, title, period_start, period_end) VALUES
    (@ks, CONCAT('Handlingsplan för samverkan ', @y - 1, '–', @y + 1),
     MAKEDATE(@y - 1, 1), MAKEDATE(@y + 2, 1) - INTERVAL 1 DAY);
SET @ks_plan = LAST_INSERT_ID();

INSERT INTO action_plan (agreement_id, title, period_start, period_end) VALUES
    (@eav, CONCAT('Handlingsplan Enskede-Årsta-Vantör ', @y - 1, '–', @y + 1),
     MAKEDATE(@y - 1, 1), MAKEDATE(@y + 2, 1) - INTERVAL 1 DAY);
SET @eav_plan = LAST_INSERT_ID();

-- The citizen promise's safety walks, as days of the year: those on or before today have been held
SET @walks_held = (MAKEDATE(@y, 71) <= @today) + (MAKEDATE(@y, 113) <= @today) + (MAKEDATE(@y, 141) <= @today)
    + (MAKEDATE(@y, 253) <= @today) + (MAKEDATE(@y, 288) <= @today) + (MAKEDATE(@y, 337) <= @today);

-- ---------------------------------------------------------------------------
-- 6. Action items
--
-- One row per item in a work table, then copied into action_item with names and e-mail addresses resolved. The
-- description is "what this means in practice", in plain language. An item that builds on no existing work (see
-- section 8) says in new_work_justification why it is new. Amber and red say why in their comment.
-- ---------------------------------------------------------------------------

CREATE TEMPORARY TABLE demo_item (
    seq            INT          NOT NULL AUTO_INCREMENT,
    ref            VARCHAR(40)  NOT NULL,
    plan           VARCHAR(3)   NOT NULL,
    area           INT          NOT NULL,
    title          VARCHAR(250) NOT NULL,
    practice       TEXT         NOT NULL,
    lead_org       VARCHAR(200) NOT NULL,
    responsible    VARCHAR(200) NOT NULL,
    deputy         VARCHAR(200) NULL,
    start_date     DATE         NOT NULL,
    due_date       DATE         NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    progress       INT          NOT NULL,
    light          VARCHAR(10)  NOT NULL,
    light_comment  TEXT         NULL,
    justification  TEXT         NULL,
    publishable    BOOLEAN      NOT NULL,
    plan_id        BIGINT       NULL,
    lead_id        BIGINT       NULL,
    responsible_id BIGINT       NULL,
    deputy_id      BIGINT       NULL,
    item_id        BIGINT       NULL,
    resolved       BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (seq),
    CONSTRAINT uq_demo_item_ref UNIQUE (ref),
    -- a misspelt organisation or e-mail address stops the load instead of leaving a field empty
    CONSTRAINT ck_demo_item_resolved CHECK (NOT resolved OR (plan_id IS NOT NULL AND lead_id IS NOT NULL
        AND responsible_id IS NOT NULL AND (deputy IS NULL) = (deputy_id IS NULL)))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- City-wide plan: every one of the ten areas
INSERT INTO demo_item (ref, plan, area, title, practice, lead_org, responsible, deputy, start_date, due_date,
    status, progress, light, light_comment, justification, publishable) VALUES
('ks-est', 'KS', 1, 'Gemensam lägesbild enligt EST i samtliga stadsdelar',
 'Varje vecka skriver stadsdelsförvaltningarna in vad som har hänt och vilka platser som upplevs otrygga, och '
 'lokalpolisen lägger till sin bild. En gång i kvartalet går staden och polisen igenom underlaget tillsammans och '
 'bestämmer var insatserna ska göras först. För den som bor i staden betyder det att det man rapporterar leder till '
 'åtgärder där behovet är störst.',
 'Stadsledningskontoret', 'chef@stad.example.se', 'helena.ekman@stad.example.se',
 @today - INTERVAL 330 DAY, @today + INTERVAL 150 DAY, 'ONGOING', 65, 'GREEN', NULL, NULL, TRUE),

('ks-place', 'KS', 1, 'Kvartalsvisa platsanalyser för brottsutsatta platser',
 'Fyra gånger om året går polisen och staden igenom de platser där brott och otrygghet kommer tillbaka. För varje '
 'plats bestäms vem som gör vad och när: bättre belysning, städning, röjning av buskar, mer närvaro eller riktade '
 'kontroller. Resultatet blir en kort åtgärdslista som följs upp vid nästa genomgång.',
 'Polisregion Stockholm', 'mikael.forsberg@polisen.example.se', 'sofia.lindahl@polisen.example.se',
 @today - INTERVAL 300 DAY, @today + INTERVAL 10 DAY, 'ONGOING', 70, 'GREEN', NULL, NULL, TRUE),

('ks-walkmodel', 'KS', 1, 'Stadsgemensam modell för trygghetsvandringar',
 'Alla stadsdelar planerar, genomför och återrapporterar trygghetsvandringar på samma sätt, med en enkel mall. Det '
 'som boende pekar ut under en vandring skickas till den förvaltning som kan åtgärda det, och de som var med får '
 'veta vad som hände sedan.',
 'Stadsledningskontoret', 'stad@stad.example.se', 'maria.holmgren@stad.example.se',
 @today - INTERVAL 340 DAY, @today - INTERVAL 160 DAY, 'COMPLETED', 100, 'GREEN', NULL, NULL, TRUE),

('ks-rinkeby', 'KS', 1, 'Platssamverkan i Rinkeby centrum',
 'Fastighetsägare, butiker, stadsdelsförvaltningen och lokalpolisen träffas varje månad för att göra torget och '
 'gångvägarna runt det tryggare. De kommer överens om belysning och städning och om vem som är på plats vilka '
 'kvällar, så att insatserna varken krockar eller lämnar luckor.',
 'Lokalpolisområde Rinkeby', 'daniel.ohman@polisen.example.se', 'linnea.ek@stad.example.se',
 @today - INTERVAL 250 DAY, @today - INTERVAL 14 DAY, 'ONGOING', 80, 'AMBER',
 'En av fastighetsägarna byter förvaltare, och de sista åtgärderna vid torget väntar tills den nya förvaltaren är på '
 'plats. Ett nytt slutdatum föreslås vid nästa avstämning.', NULL, TRUE),

('ks-sspf', 'KS', 2, 'SSPF i samtliga stadsdelar',
 'I varje stadsdel ska skola, socialtjänst, polis och fritid (SSPF) arbeta tillsammans kring unga som riskerar att '
 'dras in i brott. Med vårdnadshavarnas samtycke får den unga en gemensam plan där alla vet vem som gör vad, i stället '
 'för fyra kontakter som inte känner till varandra.',
 'Socialförvaltningen', 'ahmed.karimi@stad.example.se', 'lena.sjoberg@stad.example.se',
 @today - INTERVAL 320 DAY, @today + INTERVAL 90 DAY, 'ONGOING', 55, 'GREEN', NULL, NULL, TRUE),

('ks-parents', 'KS', 2, 'Föräldraträffar om rekrytering via sociala medier',
 'Kommunpoliser och fältassistenter bjuder in föräldrar till kvällsträffar på skolor och fritidsgårdar. Föräldrarna '
 'får se hur unga lockas in i brott genom appar och sociala medier, vilka tecken de kan vara uppmärksamma på och vart '
 'de vänder sig när de är oroliga.',
 'Polisområde Stockholm syd', 'jenny.ahlstrom@polisen.example.se', 'polis@polisen.example.se',
 @today - INTERVAL 90 DAY, @today + INTERVAL 60 DAY, 'ONGOING', 30, 'GREEN', NULL,
 'Nytt arbete. Rekrytering genom sociala medier har blivit vanligare och tas inte upp i de föräldraträffar som finns '
 'i dag. Träffarna ska på sikt bli en del av stadsdelarnas vanliga föräldrastöd.', TRUE),

('ks-holidays', 'KS', 2, 'Samordnade lovinsatser för unga',
 'Inför varje skollov planerar socialtjänsten, fritidsgårdarna, fältassistenterna och polisen tillsammans var och när '
 'de ska finnas på plats. Unga ska ha något meningsfullt att göra på kvällar och helger, och vuxna ska finnas där de '
 'unga faktiskt är.',
 'Socialförvaltningen', 'ahmed.karimi@stad.example.se', 'nadia.rahimi@stad.example.se',
 @today + INTERVAL 40 DAY, @today + INTERVAL 130 DAY, 'PLANNED', 0, 'GREEN', NULL, NULL, TRUE),

('ks-feedback', 'KS', 2, 'Snabbare återkoppling på polisens orosanmälningar',
 'När polisen gör en orosanmälan om ett barn eller en ung person bekräftar socialtjänsten inom ett dygn att den har '
 'kommit fram och talar om vem som är kontaktperson. Polisen behöver inte jaga besked och ingen anmälan blir liggande. '
 'Myndigheterna lämnar inte fler uppgifter till varandra än vad som behövs.',
 'Socialförvaltningen', 'ahmed.karimi@stad.example.se', 'elin.sandberg@stad.example.se',
 @today - INTERVAL 200 DAY, @today - INTERVAL 30 DAY, 'ONGOING', 60, 'RED',
 'Mottagningsgrupperna har haft flera vakanser och bekräftar i dag inom ett dygn i ungefär hälften av fallen. '
 'Rekrytering pågår, och ett nytt slutdatum tas fram tillsammans med polisen.', NULL, TRUE),

('ks-schoolreport', 'KS', 3, 'Gemensam rutin för polisanmälan av brott i skolan',
 'Alla skolor följer samma rutin för när och hur brott anmäls till polisen. En elev som utsätts för eller begår ett '
 'brott behandlas likadant oavsett vilken skola hen går på, och skolan vet vem hos polisen den ska kontakta.',
 'Utbildningsförvaltningen', 'petra.nystrom@stad.example.se', 'hanna.moller@stad.example.se',
 @today - INTERVAL 360 DAY, @today - INTERVAL 200 DAY, 'COMPLETED', 100, 'GREEN', NULL, NULL, TRUE),

('ks-principals', 'KS', 3, 'Utbildning av skolledare i anmälningsrutinen',
 'Rektorer och biträdande rektorer går en halvdagsutbildning tillsammans med en kommunpolis. De går igenom rutinen '
 'med verkliga exempel och pratar om hur skolan tar hand om elever och personal efter en händelse.',
 'Utbildningsförvaltningen', 'petra.nystrom@stad.example.se', 'hanna.moller@stad.example.se',
 @today - INTERVAL 150 DAY, @today + INTERVAL 12 DAY, 'ONGOING', 75, 'GREEN', NULL, NULL, TRUE),

('ks-schoolways', 'KS', 3, 'Trygga skolvägar och skolgårdar',
 'Elever, skolpersonal, trafikkontoret och polisen går igenom skolvägar och skolgårdar där elever känner sig otrygga. '
 'Det som kommer fram åtgärdas: bättre belysning, friare sikt och fler vuxna på plats när skoldagen börjar och slutar. '
 'Arbetet börjar i Högdalen och Rågsved.',
 'Trafikkontoret', 'oskar.lundell@stad.example.se', 'fredrik.aberg@stad.example.se',
 @today + INTERVAL 20 DAY, @today + INTERVAL 200 DAY, 'PLANNED', 0, 'GREEN', NULL, NULL, TRUE),

('ks-schoolpolice', 'KS', 3, 'Kommunpolis på plats i högstadieskolorna',
 'Kommunpoliser besöker högstadieskolorna regelbundet, äter lunch med eleverna och finns på skolgården under rasterna. '
 'Elever och personal ska känna poliserna och våga höra av sig innan något har hänt.',
 'Polisområde Stockholm city', 'camilla.strand@polisen.example.se', 'peter.holm@polisen.example.se',
 @today - INTERVAL 30 DAY, @today + INTERVAL 45 DAY, 'ONGOING', 20, 'GREEN', NULL, NULL, TRUE),

('ks-exitcontact', 'KS', 4, 'Tydlig kontaktväg till stadens avhopparverksamhet',
 'Den som vill lämna en kriminell miljö och vänder sig till polisen får snabbt kontakt med stadens '
 'avhopparverksamhet, även på kvällar och helger. Polisen har ett nummer att ringa och en rutin att följa, och '
 'personen behöver inte berätta sin historia flera gånger.',
 'Socialförvaltningen', 'lena.sjoberg@stad.example.se', 'ahmed.karimi@stad.example.se',
 @today - INTERVAL 340 DAY, @today - INTERVAL 120 DAY, 'COMPLETED', 100, 'GREEN', NULL, NULL, TRUE),

('ks-exithousing', 'KS', 4, 'Samordnat boende och skydd för avhoppare',
 'När den som hoppar av måste flytta med kort varsel ordnar staden ett tillfälligt boende samtidigt som polisen '
 'bedömer hotet. Ingen ska behöva vänta på ett boende medan hotet består, och båda myndigheterna ska veta vem som '
 'ansvarar för vad dygnet runt.',
 'Socialförvaltningen', 'lena.sjoberg@stad.example.se', 'ahmed.karimi@stad.example.se',
 @today - INTERVAL 120 DAY, @today - INTERVAL 10 DAY, 'ONGOING', 45, 'RED',
 'Staden och polisen är ännu inte överens om hur kostnaden för tillfälligt boende ska fördelas när hotet är högt. '
 'Frågan är lyft till den gemensamma ledningsgruppen.', NULL, FALSE),

('ks-exitmetrics', 'KS', 4, 'Gemensamma nyckeltal för avhopparverksamheten',
 'Staden och polisen bestämmer vilka siffror de ska följa: hur många som hör av sig, hur många som börjar och hur '
 'många som fullföljer stödet. Siffrorna redovisas så att ingen enskild person kan kännas igen.',
 'Stadsledningskontoret', 'chef@stad.example.se', 'jonas.falk@stad.example.se',
 @today + INTERVAL 30 DAY, @today + INTERVAL 180 DAY, 'PLANNED', 0, 'GREEN', NULL, NULL, TRUE),

('ks-vbe', 'KS', 5, 'Gemensam lägesbild om våldsbejakande extremism',
 'Två gånger om året sammanställer staden och polisen vad de ser av våldsbejakande miljöer i Stockholm. '
 'Stadsdelarnas samordnare får en version utan känsliga uppgifter, som de använder för att rikta det förebyggande '
 'arbetet till rätt skolor och verksamheter.',
 'Stadsledningskontoret', 'helena.ekman@stad.example.se', 'amir.haddad@stad.example.se',
 @today - INTERVAL 300 DAY, @today + INTERVAL 60 DAY, 'ONGOING', 50, 'GREEN', NULL, NULL, FALSE),

('ks-vbetraining', 'KS', 5, 'Utbildning för medarbetare om oro för radikalisering',
 'Medarbetare i skola, fritid och socialtjänst går en kort webbutbildning om tecken på att någon dras mot '
 'våldsbejakande miljöer. Chefer erbjuds handledning, så att medarbetarna vet vem de ska prata med och vad som '
 'händer sedan.',
 'Stadsledningskontoret', 'helena.ekman@stad.example.se', 'amir.haddad@stad.example.se',
 @today - INTERVAL 200 DAY, @today - INTERVAL 45 DAY, 'ONGOING', 85, 'AMBER',
 'Webbutbildningen är klar och används. Handledningen för chefer är försenad eftersom utbildarna har behövts i andra '
 'uppdrag; den ges under de närmaste två månaderna.', NULL, TRUE),

('ks-vberoutine', 'KS', 5, 'Rutin för orosanmälningar om radikalisering',
 'När en skola, en fritidsgård eller en förälder oroar sig för att någon radikaliseras ska oron nå både polisen och '
 'socialtjänsten samma vecka. De bestämmer tillsammans vem som tar kontakt med personen och familjen, så att ingen '
 'oro faller mellan stolarna.',
 'Polisregion Stockholm', 'mikael.forsberg@polisen.example.se', 'sofia.lindahl@polisen.example.se',
 @today + INTERVAL 10 DAY, @today + INTERVAL 120 DAY, 'PLANNED', 0, 'GREEN', NULL, NULL, FALSE),

('ks-children', 'KS', 6, 'Barn som brottsoffer i samverkansrutinerna',
 'Barn blir en egen grupp bland de särskilt utsatta brottsoffren, så som remissvaret från Enskede-Årsta-Vantör bad '
 'om. När polisen möter ett barn som har utsatts för brott, eller som har sett våld hemma, får socialtjänsten veta det '
 'samma dag och barnet erbjuds stöd. Rutinen prövas först i Enskede-Årsta-Vantör.',
 'Socialförvaltningen', 'elin.sandberg@stad.example.se', 'tobias.wikstrom@stad.example.se',
 @today - INTERVAL 240 DAY, @today + INTERVAL 28 DAY, 'ONGOING', 60, 'GREEN', NULL, NULL, TRUE),

('ks-trafficking', 'KS', 6, 'Samverkan mot människohandel',
 'Socialtjänstens medarbetare och polisens specialister får en gemensam rutin för vad de gör när de misstänker att '
 'någon utnyttjas genom människohandel. Den som utsätts erbjuds skydd, boende och stöd direkt, oavsett om hen vill '
 'medverka i en utredning.',
 'Polisregion Stockholm', 'mikael.forsberg@polisen.example.se', 'sofia.lindahl@polisen.example.se',
 @today - INTERVAL 60 DAY, @today + INTERVAL 240 DAY, 'ONGOING', 15, 'GREEN', NULL, NULL, TRUE),

('ks-perpetrators', 'KS', 6, 'Fler våldsutövare ska nås av förändringsarbete',
 'När polisen ingriper vid våld i en nära relation får den som har utövat våldet alltid veta att staden erbjuder stöd '
 'för att sluta, och ett erbjudande om att bli kontaktad. Hur många som tar emot stödet följs upp varje halvår. '
 'Arbetet börjar i Lokalpolisområde Farsta.',
 'Socialförvaltningen', 'elin.sandberg@stad.example.se', 'tobias.wikstrom@stad.example.se',
 @today + INTERVAL 45 DAY, @today + INTERVAL 300 DAY, 'PLANNED', 0, 'GREEN', NULL, NULL, TRUE),

('ks-elderly', 'KS', 6, 'Träffar för äldre om bedrägerier',
 'Kommunpoliser och stadsdelarnas personal besöker stadens träffpunkter för äldre och berättar hur telefon- och '
 'nätbedrägerier går till. Deltagarna övar på att säga nej och får veta vart de ringer om något har hänt.',
 'Polisområde Stockholm city', 'camilla.strand@polisen.example.se', NULL,
 @today - INTERVAL 330 DAY, @today - INTERVAL 100 DAY, 'COMPLETED', 100, 'GREEN', NULL, NULL, TRUE),

('ks-threats', 'KS', 7, 'Stöd till medarbetare som utsätts för hot',
 'Alla förvaltningar följer samma rutin när en medarbetare hotas i sitt arbete: chefen ger stöd samma dag, händelsen '
 'dokumenteras och polisanmäls, och medarbetaren får veta hur ärendet går vidare. Ingen ska behöva hantera ett hot '
 'ensam.',
 'Stadsledningskontoret', 'chef@stad.example.se', 'amir.haddad@stad.example.se',
 @today - INTERVAL 330 DAY, @today + INTERVAL 40 DAY, 'ONGOING', 90, 'GREEN', NULL, NULL, TRUE),

('ks-suppliers', 'KS', 7, 'Kontroll av leverantörer mot välfärdsbrottslighet',
 'Staden kontrollerar företag och föreningar noggrannare innan de får avtal eller bidrag, och igen innan pengar '
 'betalas ut. Polisen berättar hur kriminella aktörer brukar gå till väga, så att stadens handläggare vet vad de ska '
 'titta efter.',
 'Stadsledningskontoret', 'jonas.falk@stad.example.se', 'helena.ekman@stad.example.se',
 @today - INTERVAL 180 DAY, @today + INTERVAL 150 DAY, 'ONGOING', 40, 'GREEN', NULL,
 'Nytt arbetssätt. I dag kontrollerar förvaltningarna sina leverantörer var för sig och med olika underlag. Här '
 'byggs en gemensam kontrollfunktion som alla förvaltningar kan använda.', FALSE),

('ks-influence', 'KS', 7, 'Utbildning om otillåten påverkan för handläggare',
 'Handläggare som beslutar om tillstånd, bygglov och bistånd lär sig känna igen när någon försöker påverka dem med '
 'hot, gåvor eller påtryckningar, och vad de ska göra då. Polisen håller i utbildningen tillsammans med stadens '
 'säkerhetsfunktion.',
 'Polisregion Stockholm', 'mikael.forsberg@polisen.example.se', 'sofia.lindahl@polisen.example.se',
 @today - INTERVAL 20 DAY, @today + INTERVAL 90 DAY, 'POSTPONED', 10, 'AMBER',
 'Flera förvaltningar omorganiseras och kan inte avsätta tid för sina handläggare just nu. Nya datum bestäms vid '
 'nästa avstämning, när omorganisationerna är klara.', NULL, TRUE),

('ks-settlementroutine', 'KS', 8, 'Samordnad rutin vid otillåtna bosättningar',
 'När någon upptäcker en otillåten bosättning på stadens mark vet fastighetskontoret, socialtjänsten och polisen vem '
 'som gör vad: vem som tar den första kontakten, vem som erbjuder stöd och vem som ser till att platsen städas. De '
 'som bor där bemöts med respekt.',
 'Fastighetskontoret', 'fredrik.aberg@stad.example.se', NULL,
 @today - INTERVAL 350 DAY, @today - INTERVAL 250 DAY, 'COMPLETED', 100, 'GREEN', NULL, NULL, TRUE),

('ks-outreach', 'KS', 8, 'Uppsökande socialt arbete vid nya bosättningar',
 'Socialtjänstens uppsökare besöker en ny bosättning inom en vecka. De erbjuder stöd och berättar vilka rättigheter '
 'och skyldigheter de som bor där har, innan frågan om avhysning tas upp.',
 'Socialförvaltningen', 'ahmed.karimi@stad.example.se', 'lena.sjoberg@stad.example.se',
 @today - INTERVAL 100 DAY, @today + INTERVAL 80 DAY, 'ONGOING', 50, 'GREEN', NULL, NULL, TRUE),

('ks-settlementmap', 'KS', 8, 'Karta över återkommande platser för bosättningar',
 'Fastighetskontoret och polisen håller en gemensam karta över platser där bosättningar kommer tillbaka. Kartan '
 'används för att förebygga: sly röjs, belysningen förbättras och platserna besöks oftare.',
 'Fastighetskontoret', 'fredrik.aberg@stad.example.se', 'oskar.lundell@stad.example.se',
 @today - INTERVAL 60 DAY, @today + INTERVAL 10 DAY, 'ONGOING', 70, 'GREEN', NULL, NULL, TRUE),

('ks-guardsneed', 'KS', 9, 'Gemensam bedömning av behovet av ordningsvakter',
 'En gång om året bedömer staden och polisen tillsammans var ordningsvakter gör mest nytta. Bedömningen bygger på '
 'lägesbilden och på vad stadsdelarna ser, och avgör vilka områden staden föreslår.',
 'Polisregion Stockholm', 'mikael.forsberg@polisen.example.se', 'marcus.ohlsson@polisen.example.se',
 @today - INTERVAL 250 DAY, @today - INTERVAL 5 DAY, 'ONGOING', 90, 'AMBER',
 'Bedömningen är nästan klar, men två stadsdelar har ännu inte lämnat sina synpunkter. Beslut väntas vid nästa möte '
 'i den gemensamma ledningsgruppen.', NULL, TRUE),

('ks-guardsmeetings', 'KS', 9, 'Möten mellan ordningsvakter och kommunpolis',
 'Ordningsvakterna i Högdalens och Farsta centrum träffar kommunpolisen och stadsdelens trygghetssamordnare varannan '
 'vecka. Det vakterna ser under sina pass, till exempel platser där unga samlas sent eller där det säljs narkotika, '
 'tas med när polisen och stadsdelen planerar sina insatser.',
 'Lokalpolisområde Farsta', 'polis@polisen.example.se', 'jenny.ahlstrom@polisen.example.se',
 @today - INTERVAL 150 DAY, @today + INTERVAL 100 DAY, 'ONGOING', 40, 'GREEN', NULL, NULL, TRUE),

('ks-guardseval', 'KS', 9, 'Utvärdering av ordningsvakter i Skärholmens centrum',
 'En oberoende utvärdering visar om ordningsvakterna har gjort centrumet tryggare och om antalet händelser har '
 'minskat. Resultatet avgör om satsningen ska fortsätta eller flyttas till andra platser. Den väntar tills det finns '
 'ett helt års underlag.',
 'Skärholmens stadsdelsförvaltning', 'anna.bergstrom@stad.example.se', NULL,
 @today + INTERVAL 60 DAY, @today + INTERVAL 200 DAY, 'POSTPONED', 0, 'GREEN', NULL, NULL, TRUE),

('ks-cameraneeds', 'KS', 10, 'Behovsanalys för kameraövervakning på allmän plats',
 'Staden och polisen har tillsammans gått igenom var kameror kan göra nytta, utifrån rapporterade händelser och '
 'polisens statistik över anmälda brott. Analysen visar också var andra åtgärder, som belysning, gör mer nytta.',
 'Trafikkontoret', 'oskar.lundell@stad.example.se', 'fredrik.aberg@stad.example.se',
 @today - INTERVAL 300 DAY, @today - INTERVAL 90 DAY, 'COMPLETED', 100, 'GREEN', NULL, NULL, TRUE),

('ks-camerafollow', 'KS', 10, 'Uppföljning av befintlig kameraövervakning',
 'För varje plats som redan har kameror följer staden och polisen upp om anmälda brott och upplevd otrygghet har '
 'förändrats. Kameror som inte gör nytta kan flyttas eller tas ner.',
 'Lokalpolisområde Södermalm', 'camilla.strand@polisen.example.se', 'peter.holm@polisen.example.se',
 @today - INTERVAL 120 DAY, @today + INTERVAL 200 DAY, 'ONGOING', 35, 'GREEN', NULL, NULL, TRUE),

('ks-cameraapply', 'KS', 10, 'Arbetsgång för ansökan om kameraövervakning',
 'En enkel arbetsgång visar när staden själv söker tillstånd för kameror och när polisen bevakar platsen, så att '
 'ingen ansökan görs dubbelt och ingen plats blir utan.',
 'Trafikkontoret', 'oskar.lundell@stad.example.se', 'fredrik.aberg@stad.example.se',
 @today - INTERVAL 40 DAY, @today - INTERVAL 3 DAY, 'PLANNED', 0, 'RED',
 'Arbetet har inte kommit i gång eftersom trafikkontorets jurister har behövts i andra ärenden, och slutdatumet har '
 'passerats. En ny tidplan tas fram tillsammans med polisen.', NULL, TRUE),

('ks-mobilecams', 'KS', 10, 'Delade mobila kameror vid evenemang',
 'Förslaget var att staden och polisen skulle dela mobila kameror vid större evenemang. Det avslutades, eftersom '
 'bevakningen vid evenemang är polisens uppgift och staden inte behöver egna kameror för den.',
 'Stadsledningskontoret', 'chef@stad.example.se', NULL,
 @today - INTERVAL 200 DAY, @today - INTERVAL 20 DAY, 'CANCELLED', 10, 'GREEN', NULL,
 'Förslaget var nytt och byggde inte på något befintligt arbete. Det avslutades innan något hann byggas upp.', TRUE);

-- Enskede-Årsta-Vantör's plan. The two items that keep the citizen promise run over its calendar year.
INSERT INTO demo_item (ref, plan, area, title, practice, lead_org, responsible, deputy, start_date, due_date,
    status, progress, light, light_comment, justification, publishable) VALUES
('eav-walks', 'EÅV', 1, 'Trygghetsvandringar i Rågsved och Hagsätra',
 'Stadsdelsförvaltningen och kommunpolisen bjuder in boende, föreningar och fastighetsägare till minst sex '
 'trygghetsvandringar under året i Rågsved, Hagsätra och Högdalen, så som medborgarlöftet lovar. Allt som kommer fram '
 'skrivs in i EST, och de som var med får inom en månad veta vad som har gjorts.',
 'Enskede-Årsta-Vantörs stadsdelsförvaltning', 'stad@stad.example.se', 'nadia.rahimi@stad.example.se',
 MAKEDATE(@y, 1), MAKEDATE(@y + 1, 1) - INTERVAL 1 DAY, 'ONGOING', ROUND(100 * @walks_held / 6), 'GREEN', NULL,
 NULL, TRUE),

('eav-lighting', 'EÅV', 1, 'Bättre belysning på gångstråket vid Högdalens tunnelbana',
 'Trafikkontoret byter och kompletterar belysningen längs gångstråket från Högdalens tunnelbana, som många pekade ut '
 'som otryggt under trygghetsvandringarna. Buskarna längs stråket röjs, så att man ser och syns när man går där en '
 'mörk kväll.',
 'Trafikkontoret', 'oskar.lundell@stad.example.se', 'fredrik.aberg@stad.example.se',
 @today - INTERVAL 200 DAY, @today + INTERVAL 9 DAY, 'ONGOING', 70, 'GREEN', NULL, NULL, TRUE),

('eav-police-evenings', 'EÅV', 1, 'Synlig polis i Högdalens centrum kvällstid',
 'Lokalpolisen finns i Högdalens centrum på fredags- och lördagskvällar under de veckor då lägesbilden visar flest '
 'händelser. Poliserna går till fots, pratar med dem som är där och samarbetar med ordningsvakterna.',
 'Lokalpolisområde Farsta', 'jenny.ahlstrom@polisen.example.se', 'polis@polisen.example.se',
 @today - INTERVAL 60 DAY, @today + INTERVAL 120 DAY, 'ONGOING', 40, 'GREEN', NULL, NULL, TRUE),

('eav-sspf', 'EÅV', 2, 'Lokalt SSPF-team i Enskede-Årsta-Vantör',
 'Ett lokalt team med skola, socialtjänst, polis och fritid träffas varannan vecka. Teamet ger unga som riskerar att '
 'dras in i brott, och deras familjer, ett samordnat stöd med vårdnadshavarnas samtycke, och ser till att någon '
 'håller i kontakten.',
 'Enskede-Årsta-Vantörs stadsdelsförvaltning', 'stad@stad.example.se', 'nadia.rahimi@stad.example.se',
 @today - INTERVAL 300 DAY, @today + INTERVAL 60 DAY, 'ONGOING', 65, 'GREEN', NULL, NULL, TRUE),

('eav-youthclubs', 'EÅV', 2, 'Kvällsöppna fritidsgårdar under skollov',
 'Fritidsgårdarna i Rågsved och Årsta hade öppet längre på kvällarna under loven. Fältassistenter och kommunpolis '
 'besökte verksamheten, så att unga hade en trygg plats att vara på och vuxna att prata med.',
 'Enskede-Årsta-Vantörs stadsdelsförvaltning', 'stad@stad.example.se', 'nadia.rahimi@stad.example.se',
 @today - INTERVAL 340 DAY, @today - INTERVAL 180 DAY, 'COMPLETED', 100, 'GREEN', NULL, NULL, TRUE),

('eav-parentwalks', 'EÅV', 2, 'Föräldravandringar i Årsta',
 'Föräldrar som vill vandra i Årsta på fredagskvällar får en introduktion av kommunpolisen och fältassistenterna och '
 'vet hur de snabbt når dem om något händer. Fler vuxna finns då ute där unga rör sig.',
 'Lokalpolisområde Farsta', 'polis@polisen.example.se', 'jenny.ahlstrom@polisen.example.se',
 @today + INTERVAL 20 DAY, @today + INTERVAL 150 DAY, 'PLANNED', 0, 'GREEN', NULL, NULL, TRUE),

('eav-support-mapping', 'EÅV', 3, 'Kartläggning av stöd till våldsutsatta i stadsdelen',
 'Stadsdelsförvaltningen går igenom vilket stöd som finns för den som utsätts för våld i en nära relation, och var '
 'kontakten med polisen brister. Resultatet blir en lokal rutin, så att den som söker hjälp hos någon av dem snabbt '
 'får stöd av båda.',
 'Enskede-Årsta-Vantörs stadsdelsförvaltning', 'tobias.wikstrom@stad.example.se', 'stad@stad.example.se',
 @today - INTERVAL 150 DAY, @today - INTERVAL 6 DAY, 'ONGOING', 85, 'AMBER',
 'Kartläggningen är nästan klar, men polisens del av underlaget saknas fortfarande. Rapporten blir klar inom en '
 'månad efter att underlaget har kommit in.', NULL, TRUE),

('eav-honour', 'EÅV', 3, 'Utbildning om hedersrelaterat våld för skola och förskola',
 'Personal i förskola och skola i stadsdelen lär sig känna igen tecken på hedersrelaterat våld och förtryck, och vet '
 'hur de gör en orosanmälan och vem de kan rådgöra med. Barn som lever under sådant förtryck ska upptäckas tidigare.',
 'Enskede-Årsta-Vantörs stadsdelsförvaltning', 'tobias.wikstrom@stad.example.se', 'stad@stad.example.se',
 @today - INTERVAL 7 DAY, @today + INTERVAL 180 DAY, 'PLANNED', 0, 'GREEN', NULL, NULL, TRUE),

('eav-women-analysis', 'EÅV', 4, 'Analys av kvinnors upplevda otrygghet',
 'Trygghetsmätningens resultat för stadsdelen redovisas för kvinnor och män var för sig. Förvaltningen och polisen '
 'pratar också med kvinnor i olika åldrar om vilka platser de undviker och varför, så att åtgärderna görs där kvinnor '
 'känner sig otrygga.',
 'Enskede-Årsta-Vantörs stadsdelsförvaltning', 'stad@stad.example.se', 'nadia.rahimi@stad.example.se',
 @today - INTERVAL 80 DAY, @today + INTERVAL 90 DAY, 'ONGOING', 25, 'AMBER',
 'Få unga kvinnor har svarat på enkäten. Fler samtal behövs innan analysen går att lita på, och de planeras nu '
 'tillsammans med föreningarna i området.',
 'Nytt arbete, som remissvaret efterfrågade: i dag redovisas trygghetsmätningen inte för kvinnor och män i '
 'stadsdelen på ett sätt som går att använda lokalt.', TRUE),

('eav-women-walks', 'EÅV', 4, 'Kvällsvandringar med kvinnor i Bandhagen',
 'Kvinnor som bor i Bandhagen visar själva polisen och stadsdelen vilka platser som känns otrygga på kvällen. Det '
 'som kommer fram läggs till analysen av kvinnors otrygghet och leder till konkreta åtgärder.',
 'Lokalpolisområde Farsta', 'jenny.ahlstrom@polisen.example.se', 'polis@polisen.example.se',
 @today - INTERVAL 30 DAY, @today + INTERVAL 60 DAY, 'POSTPONED', 0, 'AMBER',
 'Vandringarna skjuts upp tills analysen av kvinnors otrygghet är klar, så att de kan göras på de platser som '
 'analysen pekar ut.', NULL, TRUE),

('eav-schoolvisits', 'EÅV', 2, 'Kommunpolis och fältassistenter besöker skolor och fritidsgårdar',
 'Kommunpoliser och fältassistenter besöker varje högstadieskola och fritidsgård i stadsdelen minst en gång i månaden '
 'under terminerna, så som medborgarlöftet lovar. Varje besök antecknas, så att det går att visa att löftet hålls.',
 'Lokalpolisområde Farsta', 'polis@polisen.example.se', 'nadia.rahimi@stad.example.se',
 MAKEDATE(@y, 1), MAKEDATE(@y + 1, 1) - INTERVAL 1 DAY, 'ONGOING', ROUND(100 * (MONTH(@today) - 1) / 12), 'GREEN',
 NULL, NULL, TRUE);

UPDATE demo_item d SET
    d.plan_id = IF(d.plan = 'KS', @ks_plan, @eav_plan),
    d.lead_id = (SELECT o.id FROM organisation o WHERE o.name = d.lead_org),
    d.responsible_id = (SELECT p.id FROM person p WHERE p.email = d.responsible),
    d.deputy_id = (SELECT p.id FROM person p WHERE p.email = d.deputy),
    d.resolved = TRUE;

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description, lead_organisation_id,
    responsible_person_id, deputy_person_id, start_date, due_date, status, progress, traffic_light,
    traffic_light_comment, new_work_justification, publishable)
SELECT p.id, p.agreement_id,
       (SELECT pa.id FROM priority_area pa WHERE pa.agreement_id = p.agreement_id AND pa.position = d.area),
       d.title, d.practice, d.lead_id, d.responsible_id, d.deputy_id, d.start_date, d.due_date, d.status, d.progress,
       d.light, d.light_comment, d.justification, d.publishable
FROM demo_item d JOIN action_plan p ON p.id = d.plan_id
ORDER BY d.seq;

UPDATE demo_item d SET d.item_id = (SELECT ai.id FROM action_item ai
    WHERE ai.action_plan_id = d.plan_id AND ai.title = d.title);

-- ---------------------------------------------------------------------------
-- 7. Co-owners (organisations that share an item) and target groups
-- ---------------------------------------------------------------------------

CREATE TEMPORARY TABLE demo_link (
    ref   VARCHAR(40)  NOT NULL,
    name  VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

INSERT INTO demo_link (ref, name) VALUES
    ('ks-est', 'Polisregion Stockholm'),
    ('ks-place', 'Stadsledningskontoret'),
    ('ks-rinkeby', 'Rinkeby-Kista stadsdelsförvaltning'),
    ('ks-sspf', 'Polisregion Stockholm'),
    ('ks-parents', 'Farsta stadsdelsförvaltning'),
    ('ks-parents', 'Enskede-Årsta-Vantörs stadsdelsförvaltning'),
    ('ks-parents', 'Lokalpolisområde Farsta'),
    ('ks-feedback', 'Polisregion Stockholm'),
    ('ks-schoolreport', 'Polisregion Stockholm'),
    ('ks-schoolways', 'Enskede-Årsta-Vantörs stadsdelsförvaltning'),
    ('ks-schoolways', 'Lokalpolisområde Farsta'),
    ('ks-exitcontact', 'Polisregion Stockholm'),
    ('ks-exithousing', 'Polisregion Stockholm'),
    ('ks-vbe', 'Polisregion Stockholm'),
    ('ks-vberoutine', 'Stadsledningskontoret'),
    ('ks-vberoutine', 'Socialförvaltningen'),
    ('ks-children', 'Polisregion Stockholm'),
    ('ks-children', 'Enskede-Årsta-Vantörs stadsdelsförvaltning'),
    ('ks-trafficking', 'Socialförvaltningen'),
    ('ks-perpetrators', 'Lokalpolisområde Farsta'),
    ('ks-suppliers', 'Polisregion Stockholm'),
    ('ks-settlementroutine', 'Polisregion Stockholm'),
    ('ks-guardsneed', 'Stadsledningskontoret'),
    ('ks-guardsmeetings', 'Enskede-Årsta-Vantörs stadsdelsförvaltning'),
    ('ks-camerafollow', 'Trafikkontoret'),
    ('eav-walks', 'Lokalpolisområde Farsta'),
    ('eav-lighting', 'Enskede-Årsta-Vantörs stadsdelsförvaltning'),
    ('eav-lighting', 'Lokalpolisområde Farsta'),
    ('eav-police-evenings', 'Enskede-Årsta-Vantörs stadsdelsförvaltning'),
    ('eav-sspf', 'Lokalpolisområde Farsta'),
    ('eav-support-mapping', 'Lokalpolisområde Farsta'),
    ('eav-women-analysis', 'Lokalpolisområde Farsta'),
    ('eav-women-walks', 'Enskede-Årsta-Vantörs stadsdelsförvaltning'),
    ('eav-schoolvisits', 'Enskede-Årsta-Vantörs stadsdelsförvaltning');

-- a misspelt reference or name inserts NULL into a NOT NULL column and stops the load
INSERT INTO action_item_co_owner (action_item_id, organisation_id)
SELECT (SELECT d.item_id FROM demo_item d WHERE d.ref = l.ref),
       (SELECT o.id FROM organisation o WHERE o.name = l.name)
FROM demo_link l;

DELETE FROM demo_link;

INSERT INTO demo_link (ref, name) VALUES
    ('ks-walkmodel', 'Kvinnors upplevda trygghet'),
    ('ks-sspf', 'Unga i riskzon'),
    ('ks-sspf', 'Barn'),
    ('ks-parents', 'Unga i riskzon'),
    ('ks-parents', 'Barn'),
    ('ks-holidays', 'Unga i riskzon'),
    ('ks-feedback', 'Barn'),
    ('ks-feedback', 'Unga i riskzon'),
    ('ks-schoolreport', 'Barn'),
    ('ks-schoolreport', 'Unga brottsoffer'),
    ('ks-principals', 'Barn'),
    ('ks-principals', 'Unga brottsoffer'),
    ('ks-schoolways', 'Barn'),
    ('ks-schoolpolice', 'Barn'),
    ('ks-schoolpolice', 'Unga i riskzon'),
    ('ks-exitcontact', 'Unga i riskzon'),
    ('ks-exithousing', 'Unga i riskzon'),
    ('ks-children', 'Barn'),
    ('ks-children', 'Unga brottsoffer'),
    ('ks-children', 'Våld i nära relationer'),
    ('ks-trafficking', 'Människohandel'),
    ('ks-perpetrators', 'Våld i nära relationer'),
    ('ks-elderly', 'Äldre'),
    ('ks-guardsmeetings', 'Unga i riskzon'),
    ('eav-walks', 'Kvinnors upplevda trygghet'),
    ('eav-walks', 'Äldre'),
    ('eav-lighting', 'Kvinnors upplevda trygghet'),
    ('eav-sspf', 'Unga i riskzon'),
    ('eav-sspf', 'Barn'),
    ('eav-youthclubs', 'Unga i riskzon'),
    ('eav-parentwalks', 'Unga i riskzon'),
    ('eav-support-mapping', 'Våld i nära relationer'),
    ('eav-support-mapping', 'Hedersrelaterat våld och förtryck'),
    ('eav-support-mapping', 'Barn'),
    ('eav-honour', 'Hedersrelaterat våld och förtryck'),
    ('eav-honour', 'Barn'),
    ('eav-women-analysis', 'Kvinnors upplevda trygghet'),
    ('eav-women-walks', 'Kvinnors upplevda trygghet'),
    ('eav-schoolvisits', 'Barn'),
    ('eav-schoolvisits', 'Unga i riskzon');

INSERT INTO action_item_target_group (action_item_id, target_group_id)
SELECT (SELECT d.item_id FROM demo_item d WHERE d.ref = l.ref),
       (SELECT g.id FROM target_group g WHERE g.name_sv = l.name)
FROM demo_link l;

-- ---------------------------------------------------------------------------
-- 8. Resources per agency (hours, full-time equivalents, kronor; existing budget or new money)
-- ---------------------------------------------------------------------------

CREATE TEMPORARY TABLE demo_resource (
    ref         VARCHAR(40)    NOT NULL,
    agency      VARCHAR(10)    NOT NULL,
    funding     VARCHAR(10)    NOT NULL,
    hours       DECIMAL(10, 1) NULL,
    fte         DECIMAL(6, 2)  NULL,
    amount_sek  DECIMAL(14, 0) NULL,
    comment     VARCHAR(500)   NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

INSERT INTO demo_resource (ref, agency, funding, hours, fte, amount_sek, comment) VALUES
    ('ks-est', 'CITY', 'EXISTING', NULL, 0.5, NULL, 'Samordnare på stadsledningskontoret'),
    ('ks-est', 'POLICE', 'EXISTING', 600, NULL, NULL, 'Analytikernas tid för kvartalsgenomgångarna'),
    ('ks-place', 'POLICE', 'EXISTING', NULL, 0.4, NULL, 'Analytiker i polisregionen'),
    ('ks-place', 'CITY', 'EXISTING', 200, NULL, NULL, 'Förvaltningarnas medverkan i genomgångarna'),
    ('ks-rinkeby', 'POLICE', 'EXISTING', 300, NULL, NULL, NULL),
    ('ks-rinkeby', 'CITY', 'EXISTING', 150, NULL, NULL, NULL),
    ('ks-rinkeby', 'OTHER', 'NEW', NULL, NULL, 250000, 'Fastighetsägarnas investering i belysning'),
    ('ks-sspf', 'CITY', 'EXISTING', NULL, 2.0, NULL, 'SSPF-samordnare i stadsdelarna'),
    ('ks-sspf', 'POLICE', 'EXISTING', NULL, 1.0, NULL, 'Kommunpolisernas tid i teamen'),
    ('ks-sspf', 'CITY', 'NEW', NULL, NULL, 400000, 'Utbildning av nya team'),
    ('ks-parents', 'POLICE', 'EXISTING', 80, NULL, NULL, NULL),
    ('ks-parents', 'CITY', 'EXISTING', 60, NULL, NULL, 'Fältassistenternas tid'),
    ('ks-holidays', 'CITY', 'NEW', NULL, NULL, 1500000, 'Kvälls- och helgöppet under loven'),
    ('ks-holidays', 'POLICE', 'EXISTING', 400, NULL, NULL, NULL),
    ('ks-feedback', 'CITY', 'EXISTING', NULL, 0.5, NULL, 'Mottagningsgruppernas tid'),
    ('ks-schoolreport', 'CITY', 'EXISTING', 160, NULL, NULL, NULL),
    ('ks-schoolreport', 'POLICE', 'EXISTING', 60, NULL, NULL, NULL),
    ('ks-principals', 'CITY', 'EXISTING', 240, NULL, NULL, 'Skolledarnas tid'),
    ('ks-principals', 'POLICE', 'EXISTING', 40, NULL, NULL, NULL),
    ('ks-schoolways', 'CITY', 'NEW', NULL, NULL, 800000, 'Belysning och friare sikt vid skolor'),
    ('ks-schoolways', 'CITY', 'EXISTING', 200, NULL, NULL, NULL),
    ('ks-schoolpolice', 'POLICE', 'EXISTING', 300, NULL, NULL, NULL),
    ('ks-exitcontact', 'CITY', 'EXISTING', NULL, 0.2, NULL, NULL),
    ('ks-exitcontact', 'POLICE', 'EXISTING', 80, NULL, NULL, NULL),
    ('ks-exithousing', 'CITY', 'NEW', NULL, NULL, 600000, 'Tillfälligt boende'),
    ('ks-exithousing', 'POLICE', 'EXISTING', 120, NULL, NULL, 'Hotbedömningar'),
    ('ks-vbe', 'CITY', 'EXISTING', NULL, 0.3, NULL, NULL),
    ('ks-vbe', 'POLICE', 'EXISTING', NULL, 0.2, NULL, NULL),
    ('ks-vbetraining', 'CITY', 'EXISTING', 100, NULL, NULL, NULL),
    ('ks-vbetraining', 'CITY', 'NEW', NULL, NULL, 150000, 'Produktion av webbutbildningen'),
    ('ks-children', 'CITY', 'EXISTING', NULL, 0.5, NULL, NULL),
    ('ks-children', 'POLICE', 'EXISTING', 200, NULL, NULL, NULL),
    ('ks-children', 'CITY', 'NEW', NULL, NULL, 250000, 'Utbildning i samtal med barn'),
    ('ks-trafficking', 'POLICE', 'EXISTING', NULL, 0.5, NULL, NULL),
    ('ks-trafficking', 'CITY', 'EXISTING', NULL, 0.25, NULL, NULL),
    ('ks-perpetrators', 'CITY', 'NEW', NULL, NULL, 500000, 'Fler platser i stödet för den som vill sluta'),
    ('ks-perpetrators', 'POLICE', 'EXISTING', 100, NULL, NULL, NULL),
    ('ks-elderly', 'POLICE', 'EXISTING', 120, NULL, NULL, NULL),
    ('ks-elderly', 'CITY', 'EXISTING', 80, NULL, NULL, NULL),
    ('ks-threats', 'CITY', 'EXISTING', 200, NULL, NULL, NULL),
    ('ks-suppliers', 'CITY', 'NEW', NULL, 1.0, 900000, 'En gemensam kontrollfunktion'),
    ('ks-suppliers', 'POLICE', 'EXISTING', 80, NULL, NULL, NULL),
    ('ks-influence', 'POLICE', 'EXISTING', 60, NULL, NULL, NULL),
    ('ks-outreach', 'CITY', 'EXISTING', NULL, 0.5, NULL, 'Uppsökare i socialtjänsten'),
    ('ks-settlementmap', 'CITY', 'EXISTING', 80, NULL, NULL, NULL),
    ('ks-guardsneed', 'POLICE', 'EXISTING', 100, NULL, NULL, NULL),
    ('ks-guardsneed', 'CITY', 'EXISTING', 60, NULL, NULL, NULL),
    ('ks-guardsmeetings', 'POLICE', 'EXISTING', 50, NULL, NULL, NULL),
    ('ks-guardsmeetings', 'CITY', 'EXISTING', 50, NULL, NULL, NULL),
    ('ks-guardseval', 'CITY', 'NEW', NULL, NULL, 200000, 'Extern utvärderare'),
    ('ks-camerafollow', 'POLICE', 'EXISTING', 150, NULL, NULL, NULL),
    ('eav-walks', 'CITY', 'EXISTING', 120, NULL, NULL, NULL),
    ('eav-walks', 'POLICE', 'EXISTING', 60, NULL, NULL, NULL),
    ('eav-lighting', 'CITY', 'NEW', NULL, NULL, 1200000, 'Belysning och röjning längs stråket'),
    ('eav-police-evenings', 'POLICE', 'EXISTING', 400, NULL, NULL, NULL),
    ('eav-sspf', 'CITY', 'EXISTING', NULL, 0.5, NULL, NULL),
    ('eav-sspf', 'POLICE', 'EXISTING', NULL, 0.2, NULL, NULL),
    ('eav-youthclubs', 'CITY', 'NEW', NULL, NULL, 350000, 'Extra personal på kvällarna'),
    ('eav-honour', 'CITY', 'EXISTING', 150, NULL, NULL, NULL),
    ('eav-honour', 'CITY', 'NEW', NULL, NULL, 100000, 'Föreläsare och material'),
    ('eav-women-analysis', 'CITY', 'EXISTING', 160, NULL, NULL, NULL),
    ('eav-women-analysis', 'POLICE', 'EXISTING', 40, NULL, NULL, NULL),
    ('eav-schoolvisits', 'POLICE', 'EXISTING', 200, NULL, NULL, NULL),
    ('eav-schoolvisits', 'CITY', 'EXISTING', 200, NULL, NULL, 'Fältassistenternas tid');

INSERT INTO action_item_resource (action_item_id, agency, funding, hours, fte, amount_sek, comment)
SELECT (SELECT d.item_id FROM demo_item d WHERE d.ref = r.ref), r.agency, r.funding, r.hours, r.fte, r.amount_sek,
       r.comment
FROM demo_resource r;

-- ---------------------------------------------------------------------------
-- 9. The existing work each item builds on: an initiative, the citizen promise, a reference in ILS (the city's
--    planning system) or another action item. Items with none say why they are new (section 6).
-- ---------------------------------------------------------------------------

CREATE TEMPORARY TABLE demo_basis (
    ref         VARCHAR(40)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    reference   VARCHAR(250) NULL,
    linked_ref  VARCHAR(40)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

INSERT INTO demo_basis (ref, kind, reference, linked_ref) VALUES
    ('ks-est', 'INITIATIVE', 'EST – Effektiv samordning för trygghet', NULL),
    ('ks-est', 'ILS', CONCAT('ILS ', @y - 1, ':214'), NULL),
    ('ks-place', 'ACTION_ITEM', NULL, 'ks-est'),
    ('ks-walkmodel', 'INITIATIVE', 'Stadsdelarnas egna trygghetsvandringar', NULL),
    ('ks-rinkeby', 'INITIATIVE', 'Fastighetsägarnas trygghetssamverkan i Järva', NULL),
    ('ks-sspf', 'INITIATIVE', 'SSPF – samverkan mellan skola, socialtjänst, polis och fritid', NULL),
    ('ks-sspf', 'ILS', CONCAT('ILS ', @y - 1, ':118'), NULL),
    ('ks-holidays', 'INITIATIVE', 'Feriejobb och fältarbete under loven', NULL),
    ('ks-holidays', 'ACTION_ITEM', NULL, 'ks-sspf'),
    ('ks-feedback', 'INITIATIVE', 'Socialtjänstens mottagning för barn och unga', NULL),
    ('ks-feedback', 'ILS', CONCAT('ILS ', @y - 1, ':305'), NULL),
    ('ks-schoolreport', 'INITIATIVE', 'Skolornas rutiner mot kränkande behandling', NULL),
    ('ks-principals', 'ACTION_ITEM', NULL, 'ks-schoolreport'),
    ('ks-schoolways', 'ACTION_ITEM', NULL, 'ks-walkmodel'),
    ('ks-schoolways', 'INITIATIVE', 'Trafikkontorets trygghetsinvesteringar', NULL),
    ('ks-schoolpolice', 'INITIATIVE', 'Kommunpolisernas kontakter med skolorna', NULL),
    ('ks-exitcontact', 'INITIATIVE', 'Stadens avhopparverksamhet', NULL),
    ('ks-exithousing', 'ACTION_ITEM', NULL, 'ks-exitcontact'),
    ('ks-exitmetrics', 'ACTION_ITEM', NULL, 'ks-exitcontact'),
    ('ks-vbe', 'INITIATIVE', 'Stadens samordnare mot våldsbejakande extremism', NULL),
    ('ks-vbe', 'ILS', CONCAT('ILS ', @y - 1, ':077'), NULL),
    ('ks-vbetraining', 'ACTION_ITEM', NULL, 'ks-vbe'),
    ('ks-vberoutine', 'ACTION_ITEM', NULL, 'ks-vbe'),
    ('ks-children', 'INITIATIVE', 'Barnahus Stockholm', NULL),
    ('ks-children', 'ILS', CONCAT('ILS ', @y - 1, ':402'), NULL),
    ('ks-trafficking', 'INITIATIVE', 'Polisens regionala arbete mot människohandel', NULL),
    ('ks-perpetrators', 'INITIATIVE', 'Stadens stöd till den som vill sluta utöva våld', NULL),
    ('ks-elderly', 'INITIATIVE', 'Stadens träffpunkter för äldre', NULL),
    ('ks-threats', 'INITIATIVE', 'Stadens rutin för hot och våld i arbetsmiljön', NULL),
    ('ks-threats', 'ILS', CONCAT('ILS ', @y - 2, ':512'), NULL),
    ('ks-influence', 'INITIATIVE', 'Polisens utbildningsmaterial om otillåten påverkan', NULL),
    ('ks-settlementroutine', 'INITIATIVE', 'Fastighetskontorets tillsyn av stadens mark', NULL),
    ('ks-outreach', 'ACTION_ITEM', NULL, 'ks-settlementroutine'),
    ('ks-outreach', 'INITIATIVE', 'Socialtjänstens uppsökande arbete', NULL),
    ('ks-settlementmap', 'ACTION_ITEM', NULL, 'ks-settlementroutine'),
    ('ks-guardsneed', 'INITIATIVE', 'Stadens tidigare ansökningar om ordningsvakter', NULL),
    ('ks-guardsmeetings', 'ACTION_ITEM', NULL, 'ks-guardsneed'),
    ('ks-guardseval', 'ACTION_ITEM', NULL, 'ks-guardsneed'),
    ('ks-cameraneeds', 'ACTION_ITEM', NULL, 'ks-est'),
    ('ks-camerafollow', 'ACTION_ITEM', NULL, 'ks-cameraneeds'),
    ('ks-cameraapply', 'ACTION_ITEM', NULL, 'ks-cameraneeds'),
    ('eav-walks', 'CITIZEN_PROMISE', NULL, NULL),
    ('eav-walks', 'ACTION_ITEM', NULL, 'ks-walkmodel'),
    ('eav-lighting', 'INITIATIVE', 'Synpunkter från trygghetsvandringarna i Högdalen', NULL),
    ('eav-lighting', 'ILS', CONCAT('ILS ', @y - 1, ':233'), NULL),
    ('eav-police-evenings', 'ACTION_ITEM', NULL, 'ks-est'),
    ('eav-sspf', 'ACTION_ITEM', NULL, 'ks-sspf'),
    ('eav-youthclubs', 'INITIATIVE', 'Fritidsgårdarna i Rågsved och Årsta', NULL),
    ('eav-parentwalks', 'INITIATIVE', 'Föräldrarnas nattvandringar i Årsta', NULL),
    ('eav-support-mapping', 'INITIATIVE', 'Socialtjänstens arbete mot våld i nära relationer', NULL),
    ('eav-honour', 'INITIATIVE', 'Stadens kompetensstöd mot hedersrelaterat våld och förtryck', NULL),
    ('eav-women-walks', 'ACTION_ITEM', NULL, 'eav-women-analysis'),
    ('eav-schoolvisits', 'CITIZEN_PROMISE', NULL, NULL),
    ('eav-schoolvisits', 'INITIATIVE', 'Fältassistenternas uppsökande arbete', NULL);

-- the table's own check refuses a line whose link is missing (a misspelt reference)
INSERT INTO action_item_basis (action_item_id, kind, reference, linked_action_item_id, linked_agreement_id)
SELECT (SELECT d.item_id FROM demo_item d WHERE d.ref = b.ref), b.kind, b.reference,
       CASE WHEN b.kind = 'ACTION_ITEM' THEN (SELECT d.item_id FROM demo_item d WHERE d.ref = b.linked_ref) END,
       CASE WHEN b.kind = 'CITIZEN_PROMISE' THEN @promise END
FROM demo_basis b;

-- ---------------------------------------------------------------------------
-- 10. Progress reports: never in the future, never before their item started. An item's status, progress and
--     traffic light are those of its latest report (or of its first entry, when it has none).
-- ---------------------------------------------------------------------------

CREATE TEMPORARY TABLE demo_report (
    ref          VARCHAR(40)  NOT NULL,
    reported_on  DATE         NOT NULL,
    author       VARCHAR(200) NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    progress     INT          NOT NULL,
    light        VARCHAR(10)  NOT NULL,
    summary      TEXT         NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

INSERT INTO demo_report (ref, reported_on, author, status, progress, light, summary) VALUES
    ('ks-est', @today - INTERVAL 200 DAY, 'chef@stad.example.se', 'ONGOING', 50, 'GREEN',
     'Tio av tretton stadsdelar rapporterar nu varje vecka. Stadsledningskontoret stöttar de tre som återstår.'),
    ('ks-est', @today - INTERVAL 40 DAY, 'chef@stad.example.se', 'ONGOING', 65, 'GREEN',
     'Alla stadsdelar rapporterar. Den första gemensamma kvartalsanalysen har presenterats för ledningsgruppen.'),
    ('ks-place', @today - INTERVAL 120 DAY, 'mikael.forsberg@polisen.example.se', 'ONGOING', 45, 'GREEN',
     'Den första analysen är klar och omfattar fyra platser i söderort.'),
    ('ks-place', @today - INTERVAL 30 DAY, 'mikael.forsberg@polisen.example.se', 'ONGOING', 70, 'GREEN',
     'Tre analyser är klara. Åtgärdslistor har skickats till berörda förvaltningar och lokalpolisområden.'),
    ('ks-walkmodel', @today - INTERVAL 250 DAY, 'stad@stad.example.se', 'ONGOING', 60, 'GREEN',
     'Mallen är prövad i tre stadsdelar. Synpunkterna handlar mest om hur de som var med ska få återkoppling.'),
    ('ks-walkmodel', @today - INTERVAL 160 DAY, 'stad@stad.example.se', 'COMPLETED', 100, 'GREEN',
     'Modellen är beslutad och finns på intranätet. Alla stadsdelar använder den.'),
    ('ks-rinkeby', @today - INTERVAL 60 DAY, 'daniel.ohman@polisen.example.se', 'ONGOING', 70, 'GREEN',
     'Fastighetsägarna har lovat att förbättra belysningen vid torget. Arbetet med gemensamma städrutiner pågår.'),
    ('ks-rinkeby', @today - INTERVAL 20 DAY, 'daniel.ohman@polisen.example.se', 'ONGOING', 80, 'AMBER',
     'Belysningen är på plats. De sista åtgärderna väntar på att en fastighetsägare byter förvaltare, så '
     'slutdatumet behöver flyttas.'),
    ('ks-sspf', @today - INTERVAL 150 DAY, 'ahmed.karimi@stad.example.se', 'ONGOING', 40, 'GREEN',
     'Nio stadsdelar har SSPF i gång. De övriga fyra startar sina team under våren eller hösten.'),
    ('ks-sspf', @today - INTERVAL 45 DAY, 'ahmed.karimi@stad.example.se', 'ONGOING', 55, 'GREEN',
     'SSPF finns nu i elva stadsdelar. En gemensam mall för samtycke används överallt.'),
    ('ks-parents', @today - INTERVAL 30 DAY, 'jenny.ahlstrom@polisen.example.se', 'ONGOING', 30, 'GREEN',
     'Tre träffar har hållits i Farsta och Högdalen, med sammanlagt omkring 90 föräldrar.'),
    ('ks-feedback', @today - INTERVAL 120 DAY, 'ahmed.karimi@stad.example.se', 'ONGOING', 45, 'AMBER',
     'Vakanser i mottagningsgrupperna gör att bekräftelsen ofta dröjer mer än ett dygn.'),
    ('ks-feedback', @today - INTERVAL 25 DAY, 'ahmed.karimi@stad.example.se', 'ONGOING', 60, 'RED',
     'Bekräftelse inom ett dygn sker i ungefär hälften av fallen och slutdatumet har passerats. Rekrytering pågår '
     'och ett nytt slutdatum tas fram med polisen.'),
    ('ks-schoolreport', @today - INTERVAL 200 DAY, 'petra.nystrom@stad.example.se', 'COMPLETED', 100, 'GREEN',
     'Rutinen är beslutad och har skickats till alla skolor.'),
    ('ks-principals', @today - INTERVAL 60 DAY, 'petra.nystrom@stad.example.se', 'ONGOING', 50, 'GREEN',
     'Hälften av skolledarna har gått utbildningen.'),
    ('ks-principals', @today - INTERVAL 14 DAY, 'hanna.moller@stad.example.se', 'ONGOING', 75, 'GREEN',
     'Tre av fyra skolledare har gått utbildningen. Det sista tillfället är bokat.'),
    ('ks-schoolpolice', @today - INTERVAL 10 DAY, 'camilla.strand@polisen.example.se', 'ONGOING', 20, 'GREEN',
     'Sex skolor har fått besök. Eleverna har själva bett om fler luncher med poliserna.'),
    ('ks-exitcontact', @today - INTERVAL 120 DAY, 'lena.sjoberg@stad.example.se', 'COMPLETED', 100, 'GREEN',
     'Kontaktvägen är i drift och polisen har fått rutinen.'),
    ('ks-exithousing', @today - INTERVAL 60 DAY, 'lena.sjoberg@stad.example.se', 'ONGOING', 30, 'GREEN',
     'Ett förslag till överenskommelse om tillfälligt boende har skickats till polisen.'),
    ('ks-exithousing', @today - INTERVAL 25 DAY, 'lena.sjoberg@stad.example.se', 'ONGOING', 45, 'RED',
     'Polisen har svarat på förslaget, men hur kostnaden ska delas är fortfarande olöst. Frågan är lyft till '
     'ledningsgruppen.'),
    ('ks-vbe', @today - INTERVAL 150 DAY, 'helena.ekman@stad.example.se', 'ONGOING', 30, 'GREEN',
     'Den första gemensamma lägesbilden är klar.'),
    ('ks-vbe', @today - INTERVAL 30 DAY, 'helena.ekman@stad.example.se', 'ONGOING', 50, 'GREEN',
     'Lägesbilden är uppdaterad, och en version utan känsliga uppgifter har gått ut till stadsdelarnas samordnare.'),
    ('ks-vbetraining', @today - INTERVAL 100 DAY, 'helena.ekman@stad.example.se', 'ONGOING', 60, 'GREEN',
     'Webbutbildningen är klar för granskning.'),
    ('ks-vbetraining', @today - INTERVAL 50 DAY, 'amir.haddad@stad.example.se', 'ONGOING', 85, 'AMBER',
     'Webbutbildningen är publicerad. Handledningen för chefer återstår och är försenad.'),
    ('ks-children', @today - INTERVAL 120 DAY, 'elin.sandberg@stad.example.se', 'ONGOING', 40, 'GREEN',
     'Ett utkast till rutin är klart och har diskuterats med polisen och Barnahus.'),
    ('ks-children', @today - INTERVAL 20 DAY, 'elin.sandberg@stad.example.se', 'ONGOING', 60, 'GREEN',
     'Rutinen prövas nu i Enskede-Årsta-Vantör, och de första erfarenheterna är goda.'),
    ('ks-trafficking', @today - INTERVAL 15 DAY, 'mikael.forsberg@polisen.example.se', 'ONGOING', 15, 'GREEN',
     'En arbetsgrupp med socialtjänsten och polisens specialister har bildats och träffas varje månad.'),
    ('ks-elderly', @today - INTERVAL 100 DAY, 'camilla.strand@polisen.example.se', 'COMPLETED', 100, 'GREEN',
     'Tolv träffar har hållits på träffpunkterna, med sammanlagt omkring 300 deltagare.'),
    ('ks-threats', @today - INTERVAL 60 DAY, 'chef@stad.example.se', 'ONGOING', 90, 'GREEN',
     'Rutinen är beslutad. Det som återstår är en utbildning för chefer.'),
    ('ks-suppliers', @today - INTERVAL 40 DAY, 'jonas.falk@stad.example.se', 'ONGOING', 40, 'GREEN',
     'Kontrollfunktionen har börjat granska nya avtal i två förvaltningar.'),
    ('ks-influence', @today - INTERVAL 5 DAY, 'mikael.forsberg@polisen.example.se', 'POSTPONED', 10, 'AMBER',
     'Utbildningen skjuts upp eftersom flera förvaltningar omorganiseras.'),
    ('ks-settlementroutine', @today - INTERVAL 250 DAY, 'fredrik.aberg@stad.example.se', 'COMPLETED', 100, 'GREEN',
     'Rutinen är antagen av alla tre parter.'),
    ('ks-outreach', @today - INTERVAL 40 DAY, 'ahmed.karimi@stad.example.se', 'ONGOING', 50, 'GREEN',
     'Uppsökarna har besökt fem nya bosättningar, alla inom en vecka från att de upptäcktes.'),
    ('ks-settlementmap', @today - INTERVAL 10 DAY, 'fredrik.aberg@stad.example.se', 'ONGOING', 70, 'GREEN',
     'Kartan är klar för tre av fem stadsdelar i söderort.'),
    ('ks-guardsneed', @today - INTERVAL 90 DAY, 'mikael.forsberg@polisen.example.se', 'ONGOING', 70, 'GREEN',
     'Underlag har kommit in från elva stadsdelar.'),
    ('ks-guardsneed', @today - INTERVAL 12 DAY, 'marcus.ohlsson@polisen.example.se', 'ONGOING', 90, 'AMBER',
     'Två stadsdelar har ännu inte lämnat sina synpunkter, så bedömningen blir inte klar i tid.'),
    ('ks-guardsmeetings', @today - INTERVAL 40 DAY, 'polis@polisen.example.se', 'ONGOING', 40, 'GREEN',
     'Mötena hålls varannan vecka. Vakterna har pekat ut två platser som nu finns med i polisens planering.'),
    ('ks-cameraneeds', @today - INTERVAL 90 DAY, 'oskar.lundell@stad.example.se', 'COMPLETED', 100, 'GREEN',
     'Analysen är klar och har presenterats för ledningsgruppen.'),
    ('ks-camerafollow', @today - INTERVAL 30 DAY, 'camilla.strand@polisen.example.se', 'ONGOING', 35, 'GREEN',
     'Uppföljningen av de två första platserna är klar.'),
    ('ks-cameraapply', @today - INTERVAL 2 DAY, 'oskar.lundell@stad.example.se', 'PLANNED', 0, 'RED',
     'Arbetet har inte kommit i gång och slutdatumet har passerats. En ny tidplan tas fram.'),
    ('ks-mobilecams', @today - INTERVAL 20 DAY, 'chef@stad.example.se', 'CANCELLED', 10, 'GREEN',
     'Förslaget avslutas. Bevakning vid evenemang är polisens uppgift.'),
    ('eav-walks', LAST_DAY(MAKEDATE(@y, 1) + INTERVAL 2 MONTH), 'stad@stad.example.se', 'ONGOING', 17, 'GREEN',
     'Årets första vandring har hållits i Rågsved. Synpunkterna är inlagda i EST.'),
    ('eav-walks', LAST_DAY(MAKEDATE(@y, 1) + INTERVAL 5 MONTH), 'stad@stad.example.se', 'ONGOING', 50, 'GREEN',
     'Tre vandringar har hållits, i Rågsved, Hagsätra och Högdalen. Tolv synpunkter har gått till berörda '
     'förvaltningar.'),
    ('eav-walks', LAST_DAY(MAKEDATE(@y, 1) + INTERVAL 8 MONTH), 'polis@polisen.example.se', 'ONGOING', 67, 'GREEN',
     'Fyra vandringar har hållits. Belysningen vid Högdalens tunnelbana var det som flest tog upp.'),
    ('eav-lighting', @today - INTERVAL 90 DAY, 'oskar.lundell@stad.example.se', 'ONGOING', 40, 'GREEN',
     'Nya armaturer är beställda.'),
    ('eav-lighting', @today - INTERVAL 20 DAY, 'oskar.lundell@stad.example.se', 'ONGOING', 70, 'GREEN',
     'Hälften av stolparna har fått ny belysning och buskarna längs stråket är röjda.'),
    ('eav-police-evenings', @today - INTERVAL 30 DAY, 'jenny.ahlstrom@polisen.example.se', 'ONGOING', 40, 'GREEN',
     'Polisen har funnits i centrum de helger som lägesbilden pekade ut.'),
    ('eav-sspf', @today - INTERVAL 70 DAY, 'stad@stad.example.se', 'ONGOING', 50, 'GREEN',
     'Teamet har en fast mötestid och alla fyra parter deltar. Rutinen för återkoppling till skolorna ses över.'),
    ('eav-sspf', @today - INTERVAL 10 DAY, 'polis@polisen.example.se', 'ONGOING', 65, 'GREEN',
     'Kommunpolisen är med vid varje möte nu, och samarbetet med fritidsgårdarna har blivit bättre.'),
    ('eav-youthclubs', @today - INTERVAL 180 DAY, 'stad@stad.example.se', 'COMPLETED', 100, 'GREEN',
     'Gårdarna hade öppet till klockan 23 under loven. Många unga kom och inga allvarliga händelser rapporterades.'),
    ('eav-support-mapping', @today - INTERVAL 60 DAY, 'tobias.wikstrom@stad.example.se', 'ONGOING', 60, 'GREEN',
     'Intervjuer med socialtjänsten, kvinnojouren och polisen är gjorda.'),
    ('eav-support-mapping', @today - INTERVAL 8 DAY, 'tobias.wikstrom@stad.example.se', 'ONGOING', 85, 'AMBER',
     'Polisens del av underlaget saknas fortfarande, så kartläggningen blir inte klar till slutdatumet.'),
    ('eav-women-analysis', @today - INTERVAL 20 DAY, 'stad@stad.example.se', 'ONGOING', 25, 'AMBER',
     'Få unga kvinnor har svarat på enkäten. Fler samtal planeras tillsammans med föreningarna.'),
    ('eav-women-walks', @today - INTERVAL 10 DAY, 'jenny.ahlstrom@polisen.example.se', 'POSTPONED', 0, 'AMBER',
     'Vandringarna skjuts upp tills analysen av kvinnors otrygghet är klar.'),
    ('eav-schoolvisits', LAST_DAY(MAKEDATE(@y, 1) + INTERVAL 5 MONTH), 'polis@polisen.example.se', 'ONGOING', 42,
     'GREEN', 'Varje skola och fritidsgård har fått minst ett besök i månaden hittills under året.');

-- the reports of the citizen promise's year exist only once their quarter has ended
DELETE FROM demo_report WHERE reported_on > @today;

INSERT INTO progress_report (action_item_id, reported_on, author_id, status, progress, traffic_light, summary)
SELECT (SELECT d.item_id FROM demo_item d WHERE d.ref = r.ref), r.reported_on,
       (SELECT p.id FROM person p WHERE p.email = r.author), r.status, r.progress, r.light, r.summary
FROM demo_report r
ORDER BY r.reported_on;

-- ---------------------------------------------------------------------------
-- 11. Indicators with measurements over time (none in the future)
-- ---------------------------------------------------------------------------

-- The 2019 agreement's goal: perceived insecurity halved. Measured each quarter, for women and men apart.
SET @insecurity_from = LAST_DAY(MAKEDATE(@y - 2, 1) + INTERVAL 2 MONTH);
INSERT INTO indicator (agreement_id, name, description, unit, direction, split, baseline_value, baseline_date,
    target_value, target_date) VALUES
    (@ks, 'Upplevd otrygghet ute sent en kväll',
     'Andel av de svarande i stadens trygghetsenkät som känner sig ganska eller mycket otrygga när de går ut ensamma '
     'sent en kväll i sitt bostadsområde. Överenskommelsen från 2019 satte målet att otryggheten ska halveras; här '
     'följs målet upp till handlingsplanens slut. Kvinnor och män redovisas var för sig, eftersom kvinnor oftare känner '
     'sig otrygga i det offentliga rummet.',
     '%', 'LOWER', 'GENDER', 24.0, @insecurity_from, 12.0, MAKEDATE(@y + 2, 1) - INTERVAL 1 DAY);
SET @insecurity = LAST_INSERT_ID();

INSERT INTO indicator_measurement (indicator_id, measured_on, series, value, recorded_by)
WITH RECURSIVE quarter (n, measured_on) AS (
    SELECT 0, @insecurity_from
    UNION ALL
    SELECT n + 1, LAST_DAY(measured_on + INTERVAL 3 MONTH) FROM quarter
    WHERE LAST_DAY(measured_on + INTERVAL 3 MONTH) <= @today
),
valued (n, measured_on, women, men) AS (
    SELECT n, measured_on, 32.0 - 0.6 * n + IF(n % 3 = 1, 0.8, 0), 16.0 - 0.25 * n + IF(n % 4 = 2, 0.5, 0)
    FROM quarter
)
SELECT @insecurity, v.measured_on, s.series,
       ROUND(CASE s.series WHEN 'WOMEN' THEN v.women WHEN 'MEN' THEN v.men ELSE (v.women + v.men) / 2 END, 1),
       (SELECT id FROM person WHERE email = 'helena.ekman@stad.example.se')
FROM valued v
CROSS JOIN (SELECT 'WOMEN' AS series UNION ALL SELECT 'MEN' UNION ALL SELECT 'TOTAL') s;

-- Women's safety in Enskede-Årsta-Vantör, measured every half year, for women and men apart
SET @avoid_from = LAST_DAY(MAKEDATE(@y - 2, 1) + INTERVAL 5 MONTH);
INSERT INTO indicator (agreement_id, area_id, name, description, unit, direction, split, baseline_value,
    baseline_date, target_value, target_date) VALUES
    (@eav, (SELECT id FROM priority_area WHERE agreement_id = @eav AND position = 4),
     'Avstår från att gå ut på kvällen av oro för brott',
     'Andel av de svarande i stadsdelen som under det senaste halvåret har låtit bli att gå ut ensamma på kvällen '
     'för att de var oroliga för att utsättas för brott. Redovisas för kvinnor och män var för sig.',
     '%', 'LOWER', 'GENDER', 19.0, @avoid_from, 13.0, MAKEDATE(@y + 2, 1) - INTERVAL 1 DAY);
SET @avoid = LAST_INSERT_ID();

INSERT INTO indicator_measurement (indicator_id, measured_on, series, value, recorded_by)
WITH RECURSIVE half_year (n, measured_on) AS (
    SELECT 0, @avoid_from
    UNION ALL
    SELECT n + 1, LAST_DAY(measured_on + INTERVAL 6 MONTH) FROM half_year
    WHERE LAST_DAY(measured_on + INTERVAL 6 MONTH) <= @today
),
valued (n, measured_on, women, men) AS (
    SELECT n, measured_on, 27.0 - 0.8 * n + IF(n = 2, 1.0, 0), 11.0 - 0.3 * n FROM half_year
)
SELECT @avoid, v.measured_on, s.series,
       ROUND(CASE s.series WHEN 'WOMEN' THEN v.women WHEN 'MEN' THEN v.men ELSE (v.women + v.men) / 2 END, 1),
       (SELECT id FROM person WHERE email = 'stad@stad.example.se')
FROM valued v
CROSS JOIN (SELECT 'WOMEN' AS series UNION ALL SELECT 'MEN' UNION ALL SELECT 'TOTAL') s;

-- The agreement's other goal: no area of Stockholm on the police list of particularly vulnerable areas
INSERT INTO indicator (agreement_id, area_id, name, description, unit, direction, split, baseline_value,
    baseline_date, target_value, target_date) VALUES
    (@ks, (SELECT id FROM priority_area WHERE agreement_id = @ks AND position = 1),
     'Områden i Stockholm på polisens lista över särskilt utsatta områden',
     'Polisen uppdaterar sin lista över särskilt utsatta områden ungefär vartannat år. Målet i överenskommelsen är att '
     'inget område i Stockholm ska finnas kvar på listan.',
     'områden', 'LOWER', 'NONE', 6, LAST_DAY(MAKEDATE(@y - 5, 1) + INTERVAL 5 MONTH), 0,
     MAKEDATE(@y + 2, 1) - INTERVAL 1 DAY);
SET @vulnerable = LAST_INSERT_ID();

INSERT INTO indicator_measurement (indicator_id, measured_on, series, value, comment, recorded_by) VALUES
    (@vulnerable, LAST_DAY(MAKEDATE(@y - 5, 1) + INTERVAL 5 MONTH), 'TOTAL', 6, NULL,
     (SELECT id FROM person WHERE email = 'sofia.lindahl@polisen.example.se')),
    (@vulnerable, LAST_DAY(MAKEDATE(@y - 3, 1) + INTERVAL 5 MONTH), 'TOTAL', 5,
     'Ett område har flyttats från listan till kategorin riskområde.',
     (SELECT id FROM person WHERE email = 'sofia.lindahl@polisen.example.se')),
    (@vulnerable, LAST_DAY(MAKEDATE(@y - 1, 1) + INTERVAL 5 MONTH), 'TOTAL', 4, NULL,
     (SELECT id FROM person WHERE email = 'sofia.lindahl@polisen.example.se'));

-- The citizen promise's "at least six safety walks", counted on the item that keeps it. The count of today is
-- recorded by the loader, as the coordinator would (see @walks_held).
INSERT INTO indicator (agreement_id, action_item_id, name, description, unit, direction, split, baseline_value,
    baseline_date, target_value, target_date) VALUES
    (@eav, (SELECT item_id FROM demo_item WHERE ref = 'eav-walks'),
     'Genomförda trygghetsvandringar under året',
     'Medborgarlöftet lovar minst sex gemensamma trygghetsvandringar under året. Räknas från årets början.',
     'vandringar', 'HIGHER', 'NONE', 0, MAKEDATE(@y, 1), 6, MAKEDATE(@y + 1, 1) - INTERVAL 1 DAY);
SET @walks = LAST_INSERT_ID();

INSERT INTO indicator_measurement (indicator_id, measured_on, series, value, recorded_by)
SELECT @walks, q.measured_on, 'TOTAL', q.held, (SELECT id FROM person WHERE email = 'stad@stad.example.se')
FROM (SELECT LAST_DAY(MAKEDATE(@y, 1) + INTERVAL 2 MONTH) AS measured_on, 1 AS held
      UNION ALL SELECT LAST_DAY(MAKEDATE(@y, 1) + INTERVAL 5 MONTH), 3
      UNION ALL SELECT LAST_DAY(MAKEDATE(@y, 1) + INTERVAL 8 MONTH), 4) q
WHERE q.measured_on < @today;

-- ---------------------------------------------------------------------------
-- 12. Consultation rounds
--
-- KS 2019/656 went out for consultation before it was adopted. From the
-- source document: Enskede-Årsta-Vantör's board answered in § 13, its diary
-- number EÅV 2019/274, the administration's statement of 7 August 2019, the
-- two decision points, and the special statement by S and V joined by Fi's
-- deputy; the texts here are written in our own words. The other dates of
-- the round and of the decision are not in the source and stand in for the
-- real ones. The answers of Farsta, Rinkeby-Kista and Skärholmen are invented
-- examples and marked so; Södermalm did not answer. The Farsta local agreement
-- is out for consultation now, with dates relative to today.
-- ---------------------------------------------------------------------------

SET @i_est = (SELECT item_id FROM demo_item WHERE ref = 'ks-est');
SET @i_sspf = (SELECT item_id FROM demo_item WHERE ref = 'ks-sspf');
SET @i_children = (SELECT item_id FROM demo_item WHERE ref = 'ks-children');
SET @i_trafficking = (SELECT item_id FROM demo_item WHERE ref = 'ks-trafficking');
SET @i_perpetrators = (SELECT item_id FROM demo_item WHERE ref = 'ks-perpetrators');
SET @i_guardsmeetings = (SELECT item_id FROM demo_item WHERE ref = 'ks-guardsmeetings');
SET @i_guardseval = (SELECT item_id FROM demo_item WHERE ref = 'ks-guardseval');
SET @i_eav_sspf = (SELECT item_id FROM demo_item WHERE ref = 'eav-sspf');
SET @i_support = (SELECT item_id FROM demo_item WHERE ref = 'eav-support-mapping');
SET @i_women = (SELECT item_id FROM demo_item WHERE ref = 'eav-women-analysis');
SET @i_women_walks = (SELECT item_id FROM demo_item WHERE ref = 'eav-women-walks');
SET @a_victims = (SELECT id FROM priority_area WHERE agreement_id = @ks AND position = 6);

INSERT INTO consultation_round (agreement_id, subject, title, sent_by, diary_number, sent_on, due_on, status,
    description) VALUES
    (@ks, 'DRAFT', 'Förslag till övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm',
     'Kommunstyrelsen', 'KS 2019/656', '2019-06-12', '2019-09-06', 'CLOSED',
     'Kommunstyrelsen bad stadsdelsnämnderna och berörda facknämnder att yttra sig över förslaget till en '
     'övergripande överenskommelse om samverkan mellan staden och polisen, innan kommunfullmäktige tog ställning.');
SET @round = LAST_INSERT_ID();

INSERT INTO consultation_body (round_id, organisation_id)
SELECT @round, id FROM organisation WHERE name IN ('Enskede-Årsta-Vantörs stadsdelsförvaltning',
    'Farsta stadsdelsförvaltning', 'Rinkeby-Kista stadsdelsförvaltning', 'Skärholmens stadsdelsförvaltning',
    'Södermalms stadsdelsförvaltning');

-- Enskede-Årsta-Vantör: the answer of the source document
INSERT INTO consultation_answer (round_id, organisation_id, answered_on, decision_date, paragraph, diary_number,
    decision_points, statement, statement_date, summary, example) VALUES
    (@round, (SELECT id FROM organisation WHERE name = 'Enskede-Årsta-Vantörs stadsdelsförvaltning'),
     '2019-08-23', '2019-08-22', '§ 13', 'EÅV 2019/274',
     CONCAT('Nämnden antar förvaltningens tjänsteutlåtande som sitt svar på remissen.', CHAR(10),
            'Paragrafen justeras omedelbart.'),
     'Förvaltningen välkomnar att staden och polisen får en gemensam struktur för samverkan på den övergripande '
     'nivån. Enligt förslaget ska en övergripande handlingsplan bära arbetet inom de prioriterade områdena, men '
     'handlingsplanen följde inte med remissen. Därför är det svårt att se vad överenskommelsen kommer att betyda i '
     'praktiken. Inom flera av de utpekade områdena samarbetar polisen och staden redan i dag. Det arbetet bör tas '
     'till vara och utvecklas, så att det inte byggs upp nya strukturer vid sidan av det som redan fungerar.',
     '2019-08-07',
     'Positiv till en gemensam struktur för samverkan, men saknar handlingsplanen och varnar för parallella '
     'strukturer. S och V, med stöd av Fi:s ersättare, vill att barn, våld i nära relationer, människohandel, '
     'våldsutövare, kvinnors otrygghet och resurser till det lokala arbetet får större plats.',
     FALSE);
SET @eav_answer = LAST_INSERT_ID();

INSERT INTO consultation_member_statement (answer_id, position, kind, members, text) VALUES
    (@eav_answer, 1, 'SPECIAL_STATEMENT', 'Socialdemokraterna (S) och Vänsterpartiet (V)',
     'Överenskommelsen rymmer många insatser som behövs för att göra staden tryggare och för att förebygga och klara '
     'upp brott. Samverkan behövs ändå på fler områden än de som nämns. Bland de särskilt utsatta brottsoffren nämns '
     'unga men inte barn, trots att de flesta orosanmälningar om barn som far illa gäller våld: barn bör ses som '
     'särskilt utsatta. Också den som utsätts för våld i en nära relation eller för människohandel behöver att staden '
     'och polisen samarbetar mer, och fler som utövar våld mot kvinnor behöver nås, både för att våldet ska upphöra '
     'och för att fler ska lagföras. Vi saknar en analys av kvinnors otrygghet i det offentliga rummet och vill se '
     'otryggheten belyst ur ett jämställdhetsperspektiv. Stadsdelsnämndernas lokala och förebyggande arbete är '
     'viktigt och kräver avsatta resurser; nedskärningar i fritidsverksamhet, socialtjänst och förebyggande arbete '
     'drabbar barn och unga hårt.'),
    (@eav_answer, 2, 'DEPUTY_STATEMENT', 'Feministiskt initiativ (Fi), ersättare',
     'Ersättaren för Feministiskt initiativ ställde sig bakom det särskilda uttalandet från S och V.');

-- The remarks the answer is split into, one point each, with their handling
INSERT INTO consultation_remark (answer_id, position, text, handling, handling_comment) VALUES
    (@eav_answer, 1, 'Positiv till att staden och polisen får en gemensam struktur för samverkan på övergripande nivå.',
     'ACCEPTED', 'Den gemensamma ledningen och de regelbundna avstämningarna finns kvar i den antagna överenskommelsen.');
SET @r1 = LAST_INSERT_ID();
INSERT INTO consultation_remark (answer_id, position, text, handling, handling_comment) VALUES
    (@eav_answer, 2, 'Handlingsplanen följde inte med remissen, så det går inte att se vad arbetet betyder i praktiken.',
     'ACCEPTED', 'Handlingsplanen togs fram efter antagandet, och varje åtgärd beskriver med vanliga ord vad den '
     'innebär i praktiken.');
SET @r2 = LAST_INSERT_ID();
INSERT INTO consultation_remark (answer_id, position, text, handling, handling_comment) VALUES
    (@eav_answer, 3, 'Bygg vidare på det samarbete mellan polis och stad som redan finns, och skapa inga nya parallella '
     'strukturer.',
     'PARTLY_ACCEPTED', 'Åtgärderna anger vilket befintligt arbete de bygger på, till exempel EST och SSPF. Några nya '
     'arbetssätt behövdes ändå; de motiverar var för sig varför.');
SET @r3 = LAST_INSERT_ID();
INSERT INTO consultation_remark (answer_id, position, text, handling, handling_comment) VALUES
    (@eav_answer, 4, 'Barn bör nämnas uttryckligen bland de särskilt utsatta brottsoffren.',
     'ACCEPTED', 'Barn som brottsoffer är en egen åtgärd inom området särskilt utsatta och sårbara brottsoffer.');
SET @r4 = LAST_INSERT_ID();
INSERT INTO consultation_remark (answer_id, position, text, handling, handling_comment) VALUES
    (@eav_answer, 5, 'Den som utsätts för våld i en nära relation eller för människohandel behöver mer samverkan.',
     'ACCEPTED', 'En gemensam rutin mot människohandel och en lokal kartläggning av stödet till våldsutsatta.');
SET @r5 = LAST_INSERT_ID();
INSERT INTO consultation_remark (answer_id, position, text, handling, handling_comment) VALUES
    (@eav_answer, 6, 'Fler våldsutövare behöver nås, både för att stoppa våldet och för att fler ska lagföras.',
     'ACCEPTED', NULL);
SET @r6 = LAST_INSERT_ID();
INSERT INTO consultation_remark (answer_id, position, text, handling, handling_comment) VALUES
    (@eav_answer, 7, 'Analysera kvinnors otrygghet i det offentliga rummet, ur ett jämställdhetsperspektiv.',
     'ACCEPTED', 'Trygghetsmätningen redovisas för kvinnor och män var för sig, och en lokal analys görs.');
SET @r7 = LAST_INSERT_ID();
INSERT INTO consultation_remark (answer_id, position, text, handling, handling_comment) VALUES
    (@eav_answer, 8, 'Stadsdelsnämndernas lokala och förebyggande arbete behöver avsatta resurser.',
     'NOT_ACCEPTED', 'Resurser beslutas i stadens budget, inte i överenskommelsen. Varje åtgärd redovisar i stället '
     'vilka resurser den kräver av varje part.');
SET @r8 = LAST_INSERT_ID();

INSERT INTO consultation_remark_tag (remark_id, tag_id)
SELECT r.remark_id, t.id FROM (
    SELECT @r1 AS remark_id, 'Struktur för samverkan' AS tag UNION ALL
    SELECT @r2, 'Handlingsplan saknas' UNION ALL
    SELECT @r3, 'Parallella strukturer' UNION ALL
    SELECT @r4, 'Målgrupp: barn' UNION ALL
    SELECT @r5, 'Våld i nära relationer' UNION ALL
    SELECT @r5, 'Människohandel' UNION ALL
    SELECT @r6, 'Våldsutövare' UNION ALL
    SELECT @r6, 'Våld i nära relationer' UNION ALL
    SELECT @r7, 'Jämställdhetsperspektiv' UNION ALL
    SELECT @r8, 'Resurser' UNION ALL
    SELECT @r8, 'Lokalt och förebyggande arbete') r
JOIN consultation_tag t ON t.name_sv = r.tag;

INSERT INTO consultation_remark_link (remark_id, agreement_id, area_id, action_item_id) VALUES
    (@r1, @ks, NULL, NULL),
    (@r2, @ks, NULL, NULL),
    (@r3, NULL, NULL, @i_est),
    (@r3, NULL, NULL, @i_eav_sspf),
    (@r4, NULL, @a_victims, NULL),
    (@r4, NULL, NULL, @i_children),
    (@r5, NULL, NULL, @i_trafficking),
    (@r5, NULL, NULL, @i_support),
    (@r6, NULL, NULL, @i_perpetrators),
    (@r7, NULL, NULL, @i_women),
    (@r7, NULL, NULL, @i_women_walks);

-- Farsta, Rinkeby-Kista and Skärholmen: invented example answers
INSERT INTO consultation_answer (round_id, organisation_id, answered_on, decision_date, paragraph, diary_number,
    decision_points, statement, statement_date, summary, example) VALUES
    (@round, (SELECT id FROM organisation WHERE name = 'Farsta stadsdelsförvaltning'),
     '2019-09-02', '2019-08-29', '§ 11', 'FAR 2019/181',
     'Nämnden antar förvaltningens tjänsteutlåtande som sitt svar på remissen.',
     'Exempel. Förvaltningen tillstyrker förslaget. Den gemensamma lägesbilden bör byggas på EST, som stadsdelarna '
     'redan använder, och ordningsvakternas iakttagelser bör tas till vara i det lokala arbetet.',
     '2019-08-15', 'Exempel: tillstyrker, vill bygga lägesbilden på EST och ta vara på ordningsvakternas iakttagelser.',
     TRUE);
SET @far_answer = LAST_INSERT_ID();
INSERT INTO consultation_answer (round_id, organisation_id, answered_on, decision_date, paragraph, diary_number,
    decision_points, statement, statement_date, summary, example) VALUES
    (@round, (SELECT id FROM organisation WHERE name = 'Rinkeby-Kista stadsdelsförvaltning'),
     '2019-09-05', '2019-09-05', '§ 8', 'RK 2019/302',
     CONCAT('Nämnden antar förvaltningens tjänsteutlåtande som sitt svar på remissen.', CHAR(10),
            'Paragrafen justeras omedelbart.'),
     'Exempel. Förvaltningen ser positivt på förslaget och betonar att unga i riskzon behöver ett samordnat stöd från '
     'skola, socialtjänst, polis och fritid. Invånarna bör kunna följa hur arbetet går.',
     '2019-08-20', 'Exempel: positiv, betonar samordnat stöd till unga och öppen uppföljning.', TRUE);
SET @rk_answer = LAST_INSERT_ID();
INSERT INTO consultation_answer (round_id, organisation_id, answered_on, decision_date, paragraph, diary_number,
    decision_points, statement, statement_date, summary, example) VALUES
    (@round, (SELECT id FROM organisation WHERE name = 'Skärholmens stadsdelsförvaltning'),
     '2019-09-04', '2019-08-27', '§ 14', 'SKH 2019/240',
     'Nämnden antar förvaltningens tjänsteutlåtande som sitt svar på remissen.',
     'Exempel. Förvaltningen tillstyrker förslaget men vill att satsningen på ordningsvakter utvärderas innan den '
     'utökas till fler platser.',
     '2019-08-12', 'Exempel: tillstyrker, vill se ordningsvakterna utvärderade innan satsningen utökas.', TRUE);
SET @skh_answer = LAST_INSERT_ID();

INSERT INTO consultation_remark (answer_id, position, text, handling, handling_comment) VALUES
    (@far_answer, 1, 'Bygg den gemensamma lägesbilden på EST, som stadsdelarna redan använder.', 'ACCEPTED', NULL);
SET @r9 = LAST_INSERT_ID();
INSERT INTO consultation_remark (answer_id, position, text, handling, handling_comment) VALUES
    (@far_answer, 2, 'Ta vara på ordningsvakternas iakttagelser i det lokala arbetet.', 'ACCEPTED', NULL);
SET @r10 = LAST_INSERT_ID();
INSERT INTO consultation_remark (answer_id, position, text, handling, handling_comment) VALUES
    (@rk_answer, 1, 'Unga i riskzon behöver ett samordnat stöd från skola, socialtjänst, polis och fritid.',
     'ACCEPTED', NULL);
SET @r11 = LAST_INSERT_ID();
INSERT INTO consultation_remark (answer_id, position, text, handling, handling_comment) VALUES
    (@rk_answer, 2, 'Redovisa uppföljningen öppet, så att invånarna kan se hur arbetet går.', 'PENDING', NULL);
SET @r12 = LAST_INSERT_ID();
INSERT INTO consultation_remark (answer_id, position, text, handling, handling_comment) VALUES
    (@skh_answer, 1, 'Utvärdera ordningsvakterna innan satsningen utökas till fler platser.', 'PARTLY_ACCEPTED',
     'Ordningsvakterna i Skärholmens centrum utvärderas, men satsningen på andra platser väntade inte på resultatet.');
SET @r13 = LAST_INSERT_ID();

INSERT INTO consultation_remark_tag (remark_id, tag_id)
SELECT r.remark_id, t.id FROM (
    SELECT @r9 AS remark_id, 'Parallella strukturer' AS tag UNION ALL
    SELECT @r9, 'Uppföljning' UNION ALL
    SELECT @r10, 'Lokalt och förebyggande arbete' UNION ALL
    SELECT @r11, 'Målgrupp: barn' UNION ALL
    SELECT @r11, 'Lokalt och förebyggande arbete' UNION ALL
    SELECT @r12, 'Uppföljning' UNION ALL
    SELECT @r13, 'Uppföljning') r
JOIN consultation_tag t ON t.name_sv = r.tag;

INSERT INTO consultation_remark_link (remark_id, agreement_id, area_id, action_item_id) VALUES
    (@r9, NULL, NULL, @i_est),
    (@r10, NULL, NULL, @i_guardsmeetings),
    (@r11, NULL, NULL, @i_sspf),
    (@r13, NULL, NULL, @i_guardseval);

-- Farsta's next local agreement is out for consultation now: one answer in, two awaited
INSERT INTO consultation_round (agreement_id, subject, title, sent_by, diary_number, sent_on, due_on, status,
    description) VALUES
    (@far, 'DRAFT', 'Förslag till lokal samverkansöverenskommelse Farsta', 'Farsta stadsdelsnämnd',
     CONCAT('FAR ', @y, '/087'), @today - INTERVAL 21 DAY, @today + INTERVAL 14 DAY, 'OPEN',
     'Stadsdelsnämnden ber berörda förvaltningar att yttra sig över förslaget innan den tar ställning.');
SET @far_round = LAST_INSERT_ID();

INSERT INTO consultation_body (round_id, organisation_id)
SELECT @far_round, id FROM organisation WHERE name IN ('Socialförvaltningen', 'Utbildningsförvaltningen',
    'Trafikkontoret');

INSERT INTO consultation_answer (round_id, organisation_id, answered_on, decision_date, paragraph, diary_number,
    decision_points, statement, statement_date, summary, example) VALUES
    (@far_round, (SELECT id FROM organisation WHERE name = 'Socialförvaltningen'),
     @today - INTERVAL 4 DAY, NULL, NULL, NULL, NULL,
     'Exempel. Förvaltningen tillstyrker förslaget och erbjuder stöd i arbetet med våld i nära relationer.',
     @today - INTERVAL 6 DAY, 'Exempel: tillstyrker och erbjuder stöd kring våld i nära relationer.', TRUE);
SET @sof_answer = LAST_INSERT_ID();

INSERT INTO consultation_remark (answer_id, position, text, handling, handling_comment) VALUES
    (@sof_answer, 1, 'Ta med stödet till den som utsätts för våld i en nära relation i den lokala överenskommelsen.',
     'PENDING', NULL);
SET @r14 = LAST_INSERT_ID();
INSERT INTO consultation_remark_tag (remark_id, tag_id)
SELECT @r14, id FROM consultation_tag WHERE name_sv = 'Våld i nära relationer';

-- ---------------------------------------------------------------------------
-- 13. What the local areas contribute to: each area of the local agreements and of the citizen promise names the
--     area or areas of KS 2019/656 it serves (the dashboard's coverage of district boards × city-wide areas)
-- ---------------------------------------------------------------------------

CREATE TEMPORARY TABLE demo_contribution (
    agreement_id   BIGINT NOT NULL,
    position       INT    NOT NULL,
    city_position  INT    NOT NULL
) ENGINE = InnoDB;

INSERT INTO demo_contribution (agreement_id, position, city_position) VALUES
    (@eav, 1, 1), (@eav, 1, 9), (@eav, 2, 2), (@eav, 2, 3), (@eav, 3, 6), (@eav, 4, 1), (@eav, 4, 6),
    (@far, 1, 1), (@far, 1, 9), (@far, 2, 2), (@far, 3, 1),
    (@promise, 1, 1), (@promise, 2, 2), (@promise, 2, 3);

-- a position that does not exist inserts NULL into a NOT NULL column and stops the load
INSERT INTO area_contribution (area_id, city_area_id)
SELECT (SELECT pa.id FROM priority_area pa WHERE pa.agreement_id = c.agreement_id AND pa.position = c.position),
       (SELECT ca.id FROM priority_area ca WHERE ca.agreement_id = @ks AND ca.position = c.city_position)
FROM demo_contribution c;

DROP TEMPORARY TABLE demo_contribution;

DROP TEMPORARY TABLE demo_report;
DROP TEMPORARY TABLE demo_basis;
DROP TEMPORARY TABLE demo_resource;
DROP TEMPORARY TABLE demo_link;
DROP TEMPORARY TABLE demo_item;
