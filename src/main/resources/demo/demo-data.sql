-- =============================================================================
-- Samverkan: demo data (Stockholms stad and Polisregion Stockholm)
--
-- Loaded once, in one transaction, into an empty database that has the schema.
-- All people are fictional staff. There is no data about victims or suspects,
-- and no personal identity numbers. Rows refer to each other only through
-- their unique keys (organisation.name, person.email, agreement.diary_number,
-- priority_area (agreement, position), action_plan (agreement, period_start)),
-- never through literal ids. Dates of action items and progress reports are
-- relative to CURDATE(), so the demo always has current, upcoming and overdue
-- work. Demo user accounts are created by the application, which looks the
-- people up by e-mail address.
-- =============================================================================

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

-- ---------------------------------------------------------------------------
-- 3. Agreements: city-wide, local, citizen promise (parents before children)
-- ---------------------------------------------------------------------------

INSERT INTO agreement (kind, title, diary_number, parent_id, summary, period_start, period_end,
    status, adopted_on, adopted_by) VALUES
    ('CITY_WIDE',
     'Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm',
     'KS 2019/656', NULL,
     'Ramen för hur staden och polisen arbetar tillsammans mot brott och otrygghet. Den inrättar en gemensam '
     'ledning, regelbundna avstämningar för en gemensam lägesbild och tydligare uppföljning, och pekar ut tio '
     'prioriterade samverkansområden. Överenskommelsen reviderades i januari 2024 och gäller tills vidare.',
     '2019-11-04', NULL, 'ADOPTED', '2019-11-04', 'Kommunfullmäktige');

INSERT INTO agreement (kind, title, diary_number, parent_id, summary, period_start, period_end,
    status, adopted_on, adopted_by) VALUES
    ('LOCAL',
     'Lokal samverkansöverenskommelse Enskede-Årsta-Vantör',
     'EÅV 2023/112', NULL,
     'Stadsdelsförvaltningen och Lokalpolisområde Farsta utgår från den lokala problembilden och bygger vidare på '
     'samarbete som redan finns, i stället för att skapa nya parallella strukturer. Fokus ligger på centrummiljöerna, '
     'unga i riskzon, våld i nära relationer och kvinnors trygghet i det offentliga rummet.',
     '2024-01-01', '2027-12-31', 'ADOPTED', '2023-12-14', 'Enskede-Årsta-Vantörs stadsdelsnämnd'),
    ('LOCAL',
     'Lokal samverkansöverenskommelse Farsta',
     'FAR 2025/087', NULL,
     'Förslag till ny lokal överenskommelse mellan Farsta stadsdelsförvaltning och Lokalpolisområde Farsta. '
     'Förslaget är ute på remiss hos råd, föreningar och berörda förvaltningar innan nämnden tar ställning.',
     '2027-01-01', '2029-12-31', 'IN_CONSULTATION', NULL, NULL);

INSERT INTO agreement (kind, title, diary_number, parent_id, summary, period_start, period_end,
    status, adopted_on, adopted_by) VALUES
    ('CITIZEN_PROMISE',
     'Medborgarlöfte Enskede-Årsta-Vantör 2026',
     'EÅV 2025/389', NULL,
     'Konkreta och räkningsbara löften till dem som bor och verkar i stadsdelen, lämnade gemensamt av '
     'stadsdelsförvaltningen och lokalpolisen. Resultatet redovisas öppet när året är slut.',
     '2026-01-01', '2026-12-31', 'ADOPTED', '2025-12-11',
     'Enskede-Årsta-Vantörs stadsdelsnämnd och Lokalpolisområde Farsta');

-- MariaDB does not read the table an INSERT ... VALUES writes to, so parents are set afterwards
UPDATE agreement child JOIN agreement parent ON parent.diary_number = 'KS 2019/656'
   SET child.parent_id = parent.id
 WHERE child.diary_number IN ('EÅV 2023/112', 'FAR 2025/087');
UPDATE agreement child JOIN agreement parent ON parent.diary_number = 'EÅV 2023/112'
   SET child.parent_id = parent.id
 WHERE child.diary_number = 'EÅV 2025/389';

-- Parties
INSERT INTO agreement_party (agreement_id, organisation_id)
SELECT a.id, o.id
FROM agreement a
JOIN organisation o ON o.name IN ('Stockholms stad', 'Polisregion Stockholm')
WHERE a.diary_number = 'KS 2019/656';

INSERT INTO agreement_party (agreement_id, organisation_id)
SELECT a.id, o.id
FROM agreement a
JOIN organisation o ON o.name IN ('Enskede-Årsta-Vantörs stadsdelsförvaltning', 'Lokalpolisområde Farsta')
WHERE a.diary_number IN ('EÅV 2023/112', 'EÅV 2025/389');

INSERT INTO agreement_party (agreement_id, organisation_id)
SELECT a.id, o.id
FROM agreement a
JOIN organisation o ON o.name IN ('Farsta stadsdelsförvaltning', 'Lokalpolisområde Farsta')
WHERE a.diary_number = 'FAR 2025/087';

-- ---------------------------------------------------------------------------
-- 4. Prioritized areas
-- ---------------------------------------------------------------------------

-- The ten areas of the city-wide agreement (titles as in the agreement)
INSERT INTO priority_area (agreement_id, position, title, description) VALUES
    ((SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'), 1,
     'Riktat arbete mot avgränsade platser och utsatta områden',
     'Gemensamma insatser där brott och otrygghet samlas, styrda av en delad lägesbild. Målet är att inget område i '
     'Stockholm ska stå kvar på polisens lista över särskilt utsatta områden.'),
    ((SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'), 2,
     'Unga i risk för kriminalitet',
     'Barn och unga som riskerar att dras in i brott ska upptäckas tidigt och få samordnat stöd från skola, '
     'socialtjänst, polis och fritid.'),
    ((SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'), 3,
     'Skolan som brottsplats',
     'Brott i och runt skolan ska förebyggas och hanteras lika i hela staden, så att elever och personal kan känna sig '
     'trygga.'),
    ((SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'), 4,
     'Avhopparverksamhet för kriminella',
     'Den som vill lämna ett kriminellt nätverk ska snabbt kunna få stöd, med korta vägar mellan polisen och stadens '
     'avhopparverksamhet.'),
    ((SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'), 5,
     'Arbetet mot våldsbejakande extremism',
     'Förebyggande arbete byggt på en gemensam bild av läget och tydliga rutiner när någon uttrycker oro för '
     'radikalisering.'),
    ((SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'), 6,
     'Särskilt utsatta och sårbara brottsoffer',
     'Bättre stöd och skydd för brottsoffer i särskilt utsatta lägen, till exempel barn, våldsutsatta i nära relationer '
     'och personer som utsätts för människohandel.'),
    ((SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'), 7,
     'Otillåten påverkan',
     'Medarbetare och verksamheter ska skyddas mot hot, trakasserier och andra försök att påverka beslut, och offentliga '
     'medel ska inte hamna hos kriminella aktörer.'),
    ((SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'), 8,
     'Otillåtna bosättningar',
     'Samordnat och respektfullt agerande när otillåtna bosättningar uppstår, med klar ansvarsfördelning mellan '
     'markägare, socialtjänst och polis.'),
    ((SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'), 9,
     'Ordningsvakter',
     'Ordningsvakter används där staden och polisen gemensamt bedömer att de stärker tryggheten, och deras iakttagelser '
     'tas tillvara i det lokala arbetet.'),
    ((SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'), 10,
     'Kameraövervakning',
     'Kameror som stöd för trygghet och utredning på utvalda platser, med gemensam bedömning av behov och uppföljning '
     'av vilken effekt de har.');

-- Local agreement Enskede-Årsta-Vantör
INSERT INTO priority_area (agreement_id, position, title, description) VALUES
    ((SELECT id FROM agreement WHERE diary_number = 'EÅV 2023/112'), 1,
     'Trygga centrummiljöer i Högdalen, Rågsved och Hagsätra',
     'Förbättrad fysisk miljö, synlig närvaro och snabb återkoppling på det som boende rapporterar i och kring '
     'stadsdelens centrum.'),
    ((SELECT id FROM agreement WHERE diary_number = 'EÅV 2023/112'), 2,
     'Unga i riskzon och tidiga insatser',
     'Det lokala SSPF-arbetet, fältarbetet och fritidsverksamheten samordnas så att unga fångas upp innan de hamnar i '
     'kriminalitet.'),
    ((SELECT id FROM agreement WHERE diary_number = 'EÅV 2023/112'), 3,
     'Våld i nära relationer och hedersrelaterat våld',
     'Bättre samverkan för att nå både de som utsätts och de som utövar våld, med särskild uppmärksamhet på barn.'),
    ((SELECT id FROM agreement WHERE diary_number = 'EÅV 2023/112'), 4,
     'Kvinnors trygghet i det offentliga rummet',
     'Kvinnors upplevda otrygghet analyseras separat och leder till åtgärder på de platser som pekas ut.');

-- Local agreement Farsta (in consultation)
INSERT INTO priority_area (agreement_id, position, title, description) VALUES
    ((SELECT id FROM agreement WHERE diary_number = 'FAR 2025/087'), 1,
     'Trygghet i Farsta centrum och vid tunnelbanan',
     'Samordnad närvaro och bättre miljö i centrum och vid stationerna, där många rör sig kvällstid.'),
    ((SELECT id FROM agreement WHERE diary_number = 'FAR 2025/087'), 2,
     'Unga i risk för kriminalitet och rekrytering',
     'Tidiga och gemensamma insatser för unga som riskerar att rekryteras till kriminella nätverk.'),
    ((SELECT id FROM agreement WHERE diary_number = 'FAR 2025/087'), 3,
     'Narkotika i offentlig miljö',
     'Minska öppen narkotikaförsäljning och användning på allmän plats genom kontroll, stöd och förändrad fysisk miljö.');

-- Citizen promise Enskede-Årsta-Vantör 2026
INSERT INTO priority_area (agreement_id, position, title, description) VALUES
    ((SELECT id FROM agreement WHERE diary_number = 'EÅV 2025/389'), 1,
     'Minst sex gemensamma trygghetsvandringar under året',
     'Polisen och stadsdelsförvaltningen lovar minst sex trygghetsvandringar med boende i Rågsved, Hagsätra och '
     'Högdalen, och att redovisa vad som gjorts med synpunkterna.'),
    ((SELECT id FROM agreement WHERE diary_number = 'EÅV 2025/389'), 2,
     'Närvaro vid skolor och fritidsgårdar varje månad',
     'Kommunpoliser och fältassistenter lovar att besöka varje högstadieskola och fritidsgård i stadsdelen minst en gång '
     'i månaden under terminerna.');

-- ---------------------------------------------------------------------------
-- 5. Action plans
-- ---------------------------------------------------------------------------

INSERT INTO action_plan (agreement_id, title, period_start, period_end) VALUES
    ((SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
     'Handlingsplan för samverkan 2025–2026', '2025-01-01', '2026-12-31'),
    ((SELECT id FROM agreement WHERE diary_number = 'EÅV 2023/112'),
     'Handlingsplan Enskede-Årsta-Vantör 2026', '2026-01-01', '2026-12-31');

-- ---------------------------------------------------------------------------
-- 6. Action items: city-wide plan 2025–2026 (every one of the ten areas)
-- ---------------------------------------------------------------------------
INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 1),
    'Gemensam lägesbild enligt EST i samtliga stadsdelar',
    'Alla stadsdelsförvaltningar rapporterar varje vecka händelser och otrygga platser i EST, och '
    'lokalpolisområdena lägger till sin bild. Underlaget analyseras varje kvartal och används när den '
    'gemensamma ledningsgruppen prioriterar.',
    (SELECT id FROM organisation WHERE name = 'Stadsledningskontoret'),
    (SELECT id FROM person WHERE email = 'chef@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -420 DAY), DATE_ADD(CURDATE(), INTERVAL 150 DAY), 'ONGOING', 65);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 1),
    'Kvartalsvisa platsanalyser för brottsutsatta platser',
    'Polis och stad går tillsammans igenom platser där brott och otrygghet återkommer och bestämmer vem '
    'som gör vad: belysning, städning, röjning, närvaro eller riktade kontroller.',
    (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm'),
    (SELECT id FROM person WHERE email = 'mikael.forsberg@polisen.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -300 DAY), DATE_ADD(CURDATE(), INTERVAL 21 DAY), 'ONGOING', 70);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 1),
    'Stadsgemensam modell för trygghetsvandringar',
    'En enkel mall för hur trygghetsvandringar planeras, genomförs och återrapporteras, så att det som '
    'kommer fram hamnar hos rätt förvaltning och leder till åtgärder.',
    (SELECT id FROM organisation WHERE name = 'Stadsledningskontoret'),
    (SELECT id FROM person WHERE email = 'stad@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -520 DAY), DATE_ADD(CURDATE(), INTERVAL -160 DAY), 'COMPLETED', 100);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 1),
    'Platssamverkan i Rinkeby centrum',
    'Fastighetsägare, butiker, stadsdelsförvaltningen och lokalpolisen ses regelbundet för att förbättra '
    'den fysiska miljön runt torget och samordna när de olika aktörerna finns på plats.',
    (SELECT id FROM organisation WHERE name = 'Lokalpolisområde Rinkeby'),
    (SELECT id FROM person WHERE email = 'daniel.ohman@polisen.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -250 DAY), DATE_ADD(CURDATE(), INTERVAL -14 DAY), 'ONGOING', 80);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 2),
    'SSPF i samtliga stadsdelar',
    'Samverkan mellan skola, socialtjänst, polis och fritid (SSPF) ska finnas i varje stadsdel, med '
    'gemensamma rutiner för samtycke från vårdnadshavare och för hur arbetet följs upp.',
    (SELECT id FROM organisation WHERE name = 'Socialförvaltningen'),
    (SELECT id FROM person WHERE email = 'ahmed.karimi@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -380 DAY), DATE_ADD(CURDATE(), INTERVAL 90 DAY), 'ONGOING', 55);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 2),
    'Föräldraträffar om rekrytering via sociala medier',
    'Kommunpoliser och fältassistenter håller träffar för föräldrar om hur unga lockas in i brott via '
    'digitala kanaler och vad vuxna i deras närhet kan göra.',
    (SELECT id FROM organisation WHERE name = 'Polisområde Stockholm syd'),
    (SELECT id FROM person WHERE email = 'jenny.ahlstrom@polisen.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -90 DAY), DATE_ADD(CURDATE(), INTERVAL 60 DAY), 'ONGOING', 30);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 2),
    'Samordnade sommarinsatser för unga',
    'Feriejobb, fältarbete och polisens närvaro planeras tillsammans inför sommarlovet, med extra fokus '
    'på kvällar och helger i de stadsdelar där behovet är störst.',
    (SELECT id FROM organisation WHERE name = 'Socialförvaltningen'),
    (SELECT id FROM person WHERE email = 'ahmed.karimi@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL 40 DAY), DATE_ADD(CURDATE(), INTERVAL 130 DAY), 'PLANNED', 0);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 2),
    'Snabbare återkoppling på polisens orosanmälningar',
    'Socialtjänsten bekräftar inom ett dygn att en orosanmälan om en ung person tagits emot och meddelar '
    'polisen vem som är kontaktperson. Inga fler uppgifter än nödvändigt lämnas mellan myndigheterna.',
    (SELECT id FROM organisation WHERE name = 'Socialförvaltningen'),
    (SELECT id FROM person WHERE email = 'ahmed.karimi@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -200 DAY), DATE_ADD(CURDATE(), INTERVAL -30 DAY), 'ONGOING', 60);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 3),
    'Gemensam rutin för polisanmälan av brott i skolan',
    'Utbildningsförvaltningen och polisen tar fram en rutin för när och hur skolan anmäler brott, så att '
    'elever behandlas lika oavsett vilken skola de går på.',
    (SELECT id FROM organisation WHERE name = 'Utbildningsförvaltningen'),
    (SELECT id FROM person WHERE email = 'petra.nystrom@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -450 DAY), DATE_ADD(CURDATE(), INTERVAL -200 DAY), 'COMPLETED', 100);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 3),
    'Utbildning av skolledare i anmälningsrutinen',
    'Rektorer går en kort utbildning tillsammans med kommunpolis om rutinen och om hur skolan tar hand om '
    'elever och personal efter en händelse.',
    (SELECT id FROM organisation WHERE name = 'Utbildningsförvaltningen'),
    (SELECT id FROM person WHERE email = 'petra.nystrom@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -150 DAY), DATE_ADD(CURDATE(), INTERVAL 14 DAY), 'ONGOING', 75);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 3),
    'Trygga skolvägar och skolgårdar',
    'Skolor, trafikkontoret och polisen går igenom skolvägar och skolgårdar där elever känner sig otrygga '
    'och åtgärdar belysning, siktlinjer och vuxennärvaro.',
    (SELECT id FROM organisation WHERE name = 'Trafikkontoret'),
    (SELECT id FROM person WHERE email = 'oskar.lundell@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL 20 DAY), DATE_ADD(CURDATE(), INTERVAL 200 DAY), 'PLANNED', 0);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 3),
    'Kommunpolis på plats vid terminsstart',
    'Kommunpoliser besöker högstadieskolor under terminens första veckor för att bygga kontakt med elever '
    'och personal innan problem uppstår.',
    (SELECT id FROM organisation WHERE name = 'Polisområde Stockholm city'),
    (SELECT id FROM person WHERE email = 'camilla.strand@polisen.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -30 DAY), DATE_ADD(CURDATE(), INTERVAL 45 DAY), 'ONGOING', 20);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 4),
    'Tydlig kontaktväg till stadens avhopparverksamhet',
    'En gemensam ingång gör att polisen snabbt kan hänvisa den som vill lämna en kriminell miljö till '
    'stadens stöd, även kvällar och helger.',
    (SELECT id FROM organisation WHERE name = 'Socialförvaltningen'),
    (SELECT id FROM person WHERE email = 'lena.sjoberg@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -360 DAY), DATE_ADD(CURDATE(), INTERVAL -120 DAY), 'COMPLETED', 100);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 4),
    'Samordnat boende och skydd för avhoppare',
    'Staden och polisen kommer överens om hur tillfälligt boende och polisens hotbedömning samordnas när '
    'någon som hoppar av behöver flytta med kort varsel.',
    (SELECT id FROM organisation WHERE name = 'Socialförvaltningen'),
    (SELECT id FROM person WHERE email = 'lena.sjoberg@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -120 DAY), DATE_ADD(CURDATE(), INTERVAL -10 DAY), 'ONGOING', 45);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 4),
    'Gemensamma nyckeltal för avhopparverksamheten',
    'Staden och polisen enas om hur många som tar kontakt, påbörjar och fullföljer insatsen ska '
    'redovisas, på en nivå där ingen enskild kan identifieras.',
    (SELECT id FROM organisation WHERE name = 'Stadsledningskontoret'),
    (SELECT id FROM person WHERE email = 'chef@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL 30 DAY), DATE_ADD(CURDATE(), INTERVAL 180 DAY), 'PLANNED', 0);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 5),
    'Gemensam lägesbild om våldsbejakande extremism',
    'Två gånger om året sammanställer staden och polisen en lägesbild som delas med stadsdelarnas '
    'samordnare och används för att rikta det förebyggande arbetet.',
    (SELECT id FROM organisation WHERE name = 'Stadsledningskontoret'),
    (SELECT id FROM person WHERE email = 'helena.ekman@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -300 DAY), DATE_ADD(CURDATE(), INTERVAL 60 DAY), 'ONGOING', 50);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 5),
    'Utbildning för medarbetare om oro för radikalisering',
    'En kort webbutbildning och möjlighet till handledning om vart medarbetare vänder sig när de oroar '
    'sig för att någon dras mot våldsbejakande miljöer.',
    (SELECT id FROM organisation WHERE name = 'Stadsledningskontoret'),
    (SELECT id FROM person WHERE email = 'helena.ekman@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -200 DAY), DATE_ADD(CURDATE(), INTERVAL -45 DAY), 'ONGOING', 85);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 5),
    'Rutin för orosanmälningar om radikalisering',
    'Orosanmälningar ska snabbt nå rätt funktion hos både polisen och socialtjänsten, med en gemensam '
    'bedömning av vem som gör vad.',
    (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm'),
    (SELECT id FROM person WHERE email = 'mikael.forsberg@polisen.example.se'),
    DATE_ADD(CURDATE(), INTERVAL 10 DAY), DATE_ADD(CURDATE(), INTERVAL 120 DAY), 'PLANNED', 0);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 6),
    'Barn som brottsoffer i samverkansrutinerna',
    'Barn lyfts fram som en egen grupp bland de särskilt utsatta brottsoffren. Polis och socialtjänst '
    'kommer överens om hur stöd och skydd till barnet säkras redan vid första kontakt.',
    (SELECT id FROM organisation WHERE name = 'Socialförvaltningen'),
    (SELECT id FROM person WHERE email = 'elin.sandberg@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -240 DAY), DATE_ADD(CURDATE(), INTERVAL 28 DAY), 'ONGOING', 60);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 6),
    'Samverkan mot människohandel',
    'Gemensamma rutiner för hur misstänkt människohandel uppmärksammas och hur de som utsätts erbjuds '
    'stöd, mellan stadens stödverksamhet och polisens specialister.',
    (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm'),
    (SELECT id FROM person WHERE email = 'mikael.forsberg@polisen.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -60 DAY), DATE_ADD(CURDATE(), INTERVAL 240 DAY), 'ONGOING', 15);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 6),
    'Fler våldsutövare ska nås av förändringsarbete',
    'Vid ingripanden vid våld i nära relation informerar polisen om stadens verksamhet för den som utövar '
    'våld. Andelen som tar kontakt följs upp varje halvår.',
    (SELECT id FROM organisation WHERE name = 'Socialförvaltningen'),
    (SELECT id FROM person WHERE email = 'elin.sandberg@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL 45 DAY), DATE_ADD(CURDATE(), INTERVAL 300 DAY), 'PLANNED', 0);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 6),
    'Träffar för äldre om bedrägerier',
    'Informationsträffar på stadens träffpunkter för äldre om telefon- och nätbedrägerier, där '
    'kommunpolis och stadsdelens personal medverkar.',
    (SELECT id FROM organisation WHERE name = 'Polisområde Stockholm city'),
    (SELECT id FROM person WHERE email = 'camilla.strand@polisen.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -400 DAY), DATE_ADD(CURDATE(), INTERVAL -100 DAY), 'COMPLETED', 100);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 7),
    'Stöd till medarbetare som utsätts för hot',
    'En stadsgemensam rutin för hur medarbetare som hotas i tjänsten får stöd, och för när och hur '
    'händelsen anmäls till polisen.',
    (SELECT id FROM organisation WHERE name = 'Stadsledningskontoret'),
    (SELECT id FROM person WHERE email = 'chef@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -330 DAY), DATE_ADD(CURDATE(), INTERVAL 40 DAY), 'ONGOING', 90);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 7),
    'Kontroll av leverantörer mot välfärdsbrottslighet',
    'Staden skärper kontrollen vid upphandling och utbetalningar, och polisen bidrar med kunskap om hur '
    'kriminella aktörer försöker komma åt offentliga medel.',
    (SELECT id FROM organisation WHERE name = 'Stadsledningskontoret'),
    (SELECT id FROM person WHERE email = 'helena.ekman@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -180 DAY), DATE_ADD(CURDATE(), INTERVAL 150 DAY), 'ONGOING', 40);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 7),
    'Utbildning om otillåten påverkan för handläggare',
    'Handläggare inom tillstånd, bygglov och socialtjänst får lära sig känna igen försök till påverkan '
    'och hur de ska agera. Utbildningen skjuts upp till nästa termin på grund av omorganisation.',
    (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm'),
    (SELECT id FROM person WHERE email = 'mikael.forsberg@polisen.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -20 DAY), DATE_ADD(CURDATE(), INTERVAL 90 DAY), 'POSTPONED', 10);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 8),
    'Samordnad rutin vid otillåtna bosättningar',
    'Klar ansvarsfördelning mellan markägande förvaltning, socialtjänst och polis när en bosättning '
    'upptäcks, från första kontakt till städning av platsen.',
    (SELECT id FROM organisation WHERE name = 'Fastighetskontoret'),
    (SELECT id FROM person WHERE email = 'fredrik.aberg@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -500 DAY), DATE_ADD(CURDATE(), INTERVAL -250 DAY), 'COMPLETED', 100);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 8),
    'Uppsökande socialt arbete vid nya bosättningar',
    'Socialtjänstens uppsökare besöker nya bosättningar inom en vecka för att erbjuda stöd och '
    'information, innan frågan om avhysning tas upp.',
    (SELECT id FROM organisation WHERE name = 'Socialförvaltningen'),
    (SELECT id FROM person WHERE email = 'ahmed.karimi@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -100 DAY), DATE_ADD(CURDATE(), INTERVAL 80 DAY), 'ONGOING', 50);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 8),
    'Karta över återkommande platser för bosättningar',
    'En gemensam karta över platser där bosättningar återkommer, som underlag för förebyggande åtgärder '
    'som röjning av sly och bättre belysning.',
    (SELECT id FROM organisation WHERE name = 'Fastighetskontoret'),
    (SELECT id FROM person WHERE email = 'fredrik.aberg@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -60 DAY), DATE_ADD(CURDATE(), INTERVAL 10 DAY), 'ONGOING', 70);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 9),
    'Gemensam bedömning av behovet av ordningsvakter',
    'Staden och polisen gör varje år en gemensam bedömning av var ordningsvakter gör mest nytta och vilka '
    'områden som ska föreslås.',
    (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm'),
    (SELECT id FROM person WHERE email = 'mikael.forsberg@polisen.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -250 DAY), DATE_ADD(CURDATE(), INTERVAL -5 DAY), 'ONGOING', 90);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 9),
    'Möten mellan ordningsvakter och kommunpolis',
    'Regelbundna möten där ordningsvakternas iakttagelser delas med kommunpolisen och stadsdelens '
    'trygghetssamordnare.',
    (SELECT id FROM organisation WHERE name = 'Lokalpolisområde Farsta'),
    (SELECT id FROM person WHERE email = 'polis@polisen.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -150 DAY), DATE_ADD(CURDATE(), INTERVAL 100 DAY), 'ONGOING', 40);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 9),
    'Utvärdering av ordningsvakter i Skärholmens centrum',
    'En uppföljning av hur ordningsvakterna har påverkat tryggheten och antalet händelser i centrumet. '
    'Skjuts upp tills ett helt års underlag finns.',
    (SELECT id FROM organisation WHERE name = 'Skärholmens stadsdelsförvaltning'),
    (SELECT id FROM person WHERE email = 'chef@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL 60 DAY), DATE_ADD(CURDATE(), INTERVAL 200 DAY), 'POSTPONED', 0);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 10),
    'Behovsanalys för kameraövervakning på allmän plats',
    'Gemensam analys av platser där kameror kan göra nytta, byggd på EST-rapporter och polisens statistik '
    'över anmälda brott.',
    (SELECT id FROM organisation WHERE name = 'Trafikkontoret'),
    (SELECT id FROM person WHERE email = 'oskar.lundell@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -300 DAY), DATE_ADD(CURDATE(), INTERVAL -90 DAY), 'COMPLETED', 100);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 10),
    'Uppföljning av befintlig kameraövervakning',
    'Staden och polisen följer upp hur kameraövervakningen på redan bevakade platser har påverkat anmälda '
    'brott och upplevd trygghet.',
    (SELECT id FROM organisation WHERE name = 'Lokalpolisområde Södermalm'),
    (SELECT id FROM person WHERE email = 'camilla.strand@polisen.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -120 DAY), DATE_ADD(CURDATE(), INTERVAL 200 DAY), 'ONGOING', 35);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 10),
    'Arbetsgång för ansökan om kameraövervakning',
    'En tydlig arbetsgång för när staden själv söker tillstånd och när polisen bevakar platsen, så att '
    'ansökningar inte görs dubbelt.',
    (SELECT id FROM organisation WHERE name = 'Trafikkontoret'),
    (SELECT id FROM person WHERE email = 'oskar.lundell@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -40 DAY), DATE_ADD(CURDATE(), INTERVAL -3 DAY), 'PLANNED', 0);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ap.period_start = '2025-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'KS 2019/656'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND pa.position = 10),
    'Delade mobila kameror vid evenemang',
    'Förslaget att staden och polisen skulle dela mobila kamerasystem vid större evenemang avslutades, '
    'eftersom bevakningen vid evenemang är polisens ansvar.',
    (SELECT id FROM organisation WHERE name = 'Stadsledningskontoret'),
    (SELECT id FROM person WHERE email = 'chef@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -200 DAY), DATE_ADD(CURDATE(), INTERVAL -20 DAY), 'CANCELLED', 10);

-- ---------------------------------------------------------------------------
-- 7. Action items: Enskede-Årsta-Vantör plan 2026
-- ---------------------------------------------------------------------------
INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ap.period_start = '2026-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'EÅV 2023/112'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND pa.position = 1),
    'Trygghetsvandringar i Rågsved och Hagsätra',
    'Förvaltningen och kommunpolisen bjuder in boende, föreningar och fastighetsägare till vandringar vår '
    'och höst. Det som kommer fram förs in i EST och återkopplas inom en månad.',
    (SELECT id FROM organisation WHERE name = 'Enskede-Årsta-Vantörs stadsdelsförvaltning'),
    (SELECT id FROM person WHERE email = 'stad@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -100 DAY), DATE_ADD(CURDATE(), INTERVAL 40 DAY), 'ONGOING', 50);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ap.period_start = '2026-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'EÅV 2023/112'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND pa.position = 1),
    'Bättre belysning på gångstråket vid Högdalens tunnelbana',
    'Trafikkontoret byter och kompletterar belysningen längs stråket som många har pekat ut som otryggt '
    'under trygghetsvandringarna.',
    (SELECT id FROM organisation WHERE name = 'Trafikkontoret'),
    (SELECT id FROM person WHERE email = 'oskar.lundell@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -200 DAY), DATE_ADD(CURDATE(), INTERVAL 18 DAY), 'ONGOING', 70);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ap.period_start = '2026-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'EÅV 2023/112'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND pa.position = 1),
    'Synlig polis i Högdalens centrum kvällstid',
    'Lokalpolisområdet planerar närvaro fredag och lördag kväll under de perioder då lägesbilden visar '
    'fler händelser.',
    (SELECT id FROM organisation WHERE name = 'Lokalpolisområde Farsta'),
    (SELECT id FROM person WHERE email = 'jenny.ahlstrom@polisen.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -60 DAY), DATE_ADD(CURDATE(), INTERVAL 120 DAY), 'ONGOING', 40);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ap.period_start = '2026-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'EÅV 2023/112'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND pa.position = 2),
    'Lokalt SSPF-team i Enskede-Årsta-Vantör',
    'Ett lokalt team med skola, socialtjänst, polis och fritid träffas varannan vecka och erbjuder '
    'samordnat stöd till unga och deras familjer, med vårdnadshavarnas samtycke.',
    (SELECT id FROM organisation WHERE name = 'Enskede-Årsta-Vantörs stadsdelsförvaltning'),
    (SELECT id FROM person WHERE email = 'stad@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -300 DAY), DATE_ADD(CURDATE(), INTERVAL 60 DAY), 'ONGOING', 65);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ap.period_start = '2026-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'EÅV 2023/112'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND pa.position = 2),
    'Kvällsöppna fritidsgårdar under skollov',
    'Fritidsgårdarna i Rågsved och Årsta höll öppet längre under höst- och sportlov, med fältassistenter '
    'och kommunpolis som besökte verksamheten.',
    (SELECT id FROM organisation WHERE name = 'Enskede-Årsta-Vantörs stadsdelsförvaltning'),
    (SELECT id FROM person WHERE email = 'stad@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -400 DAY), DATE_ADD(CURDATE(), INTERVAL -180 DAY), 'COMPLETED', 100);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ap.period_start = '2026-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'EÅV 2023/112'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND pa.position = 2),
    'Föräldravandringar i Årsta',
    'Kommunpolisen stöttar föräldrar som vill vandra i området fredagskvällar, med introduktion och '
    'kontaktvägar till polis och fältassistenter.',
    (SELECT id FROM organisation WHERE name = 'Lokalpolisområde Farsta'),
    (SELECT id FROM person WHERE email = 'polis@polisen.example.se'),
    DATE_ADD(CURDATE(), INTERVAL 20 DAY), DATE_ADD(CURDATE(), INTERVAL 150 DAY), 'PLANNED', 0);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ap.period_start = '2026-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'EÅV 2023/112'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND pa.position = 3),
    'Kartläggning av stöd till våldsutsatta i stadsdelen',
    'En genomgång av vilket stöd som finns och var samverkan med polisen saknas, som grund för en lokal '
    'rutin.',
    (SELECT id FROM organisation WHERE name = 'Enskede-Årsta-Vantörs stadsdelsförvaltning'),
    (SELECT id FROM person WHERE email = 'stad@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -150 DAY), DATE_ADD(CURDATE(), INTERVAL 25 DAY), 'ONGOING', 60);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ap.period_start = '2026-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'EÅV 2023/112'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND pa.position = 3),
    'Utbildning om hedersrelaterat våld för skola och förskola',
    'Personal i förskola och skola får kunskap om tecken på hedersrelaterat våld och om hur de gör en '
    'orosanmälan.',
    (SELECT id FROM organisation WHERE name = 'Enskede-Årsta-Vantörs stadsdelsförvaltning'),
    (SELECT id FROM person WHERE email = 'stad@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL 30 DAY), DATE_ADD(CURDATE(), INTERVAL 180 DAY), 'PLANNED', 0);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ap.period_start = '2026-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'EÅV 2023/112'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND pa.position = 4),
    'Analys av kvinnors upplevda otrygghet',
    'Trygghetsmätningens resultat redovisas uppdelat på kön och kompletteras med samtal med kvinnor i '
    'olika åldrar om platser de undviker.',
    (SELECT id FROM organisation WHERE name = 'Enskede-Årsta-Vantörs stadsdelsförvaltning'),
    (SELECT id FROM person WHERE email = 'stad@stad.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -80 DAY), DATE_ADD(CURDATE(), INTERVAL 90 DAY), 'ONGOING', 25);

INSERT INTO action_item (action_plan_id, agreement_id, area_id, title, description,
    lead_organisation_id, responsible_person_id, start_date, due_date, status, progress)
VALUES (
    (SELECT ap.id FROM action_plan ap JOIN agreement a ON a.id = ap.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ap.period_start = '2026-01-01'),
    (SELECT id FROM agreement WHERE diary_number = 'EÅV 2023/112'),
    (SELECT pa.id FROM priority_area pa JOIN agreement a ON a.id = pa.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND pa.position = 4),
    'Kvällsvandringar med kvinnor i Bandhagen',
    'Vandringar där kvinnor själva visar vilka platser som känns otrygga. Skjuts upp till våren eftersom '
    'mörkerperioden gör det svårt att jämföra med tidigare underlag.',
    (SELECT id FROM organisation WHERE name = 'Lokalpolisområde Farsta'),
    (SELECT id FROM person WHERE email = 'jenny.ahlstrom@polisen.example.se'),
    DATE_ADD(CURDATE(), INTERVAL -30 DAY), DATE_ADD(CURDATE(), INTERVAL 60 DAY), 'POSTPONED', 0);

-- ---------------------------------------------------------------------------
-- 8. Co-owners: organisations of the other agency that share an action item
-- ---------------------------------------------------------------------------
INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Gemensam lägesbild enligt EST i samtliga stadsdelar'),
    (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Kvartalsvisa platsanalyser för brottsutsatta platser'),
    (SELECT id FROM organisation WHERE name = 'Stadsledningskontoret'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Platssamverkan i Rinkeby centrum'),
    (SELECT id FROM organisation WHERE name = 'Rinkeby-Kista stadsdelsförvaltning'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'SSPF i samtliga stadsdelar'),
    (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Föräldraträffar om rekrytering via sociala medier'),
    (SELECT id FROM organisation WHERE name = 'Farsta stadsdelsförvaltning'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Föräldraträffar om rekrytering via sociala medier'),
    (SELECT id FROM organisation WHERE name = 'Enskede-Årsta-Vantörs stadsdelsförvaltning'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Snabbare återkoppling på polisens orosanmälningar'),
    (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Gemensam rutin för polisanmälan av brott i skolan'),
    (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Tydlig kontaktväg till stadens avhopparverksamhet'),
    (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Samordnat boende och skydd för avhoppare'),
    (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Gemensam lägesbild om våldsbejakande extremism'),
    (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Rutin för orosanmälningar om radikalisering'),
    (SELECT id FROM organisation WHERE name = 'Stadsledningskontoret'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Rutin för orosanmälningar om radikalisering'),
    (SELECT id FROM organisation WHERE name = 'Socialförvaltningen'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Barn som brottsoffer i samverkansrutinerna'),
    (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Samverkan mot människohandel'),
    (SELECT id FROM organisation WHERE name = 'Socialförvaltningen'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Kontroll av leverantörer mot välfärdsbrottslighet'),
    (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Samordnad rutin vid otillåtna bosättningar'),
    (SELECT id FROM organisation WHERE name = 'Polisregion Stockholm'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Gemensam bedömning av behovet av ordningsvakter'),
    (SELECT id FROM organisation WHERE name = 'Stadsledningskontoret'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Uppföljning av befintlig kameraövervakning'),
    (SELECT id FROM organisation WHERE name = 'Trafikkontoret'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ai.title = 'Trygghetsvandringar i Rågsved och Hagsätra'),
    (SELECT id FROM organisation WHERE name = 'Lokalpolisområde Farsta'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ai.title = 'Synlig polis i Högdalens centrum kvällstid'),
    (SELECT id FROM organisation WHERE name = 'Enskede-Årsta-Vantörs stadsdelsförvaltning'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ai.title = 'Lokalt SSPF-team i Enskede-Årsta-Vantör'),
    (SELECT id FROM organisation WHERE name = 'Lokalpolisområde Farsta'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ai.title = 'Kartläggning av stöd till våldsutsatta i stadsdelen'),
    (SELECT id FROM organisation WHERE name = 'Lokalpolisområde Farsta'));

INSERT INTO action_item_co_owner (action_item_id, organisation_id) VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ai.title = 'Analys av kvinnors upplevda otrygghet'),
    (SELECT id FROM organisation WHERE name = 'Lokalpolisområde Farsta'));

-- ---------------------------------------------------------------------------
-- 9. Progress reports on ongoing items (dates relative to today)
-- ---------------------------------------------------------------------------
INSERT INTO progress_report (action_item_id, reported_on, author_id, status, progress, summary)
VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Gemensam lägesbild enligt EST i samtliga stadsdelar'),
    DATE_ADD(CURDATE(), INTERVAL -200 DAY),
    (SELECT id FROM person WHERE email = 'chef@stad.example.se'),
    'ONGOING', 50,
    'Tio av tretton stadsdelar rapporterar nu varje vecka. De övriga tre får stöd av '
    'stadsledningskontoret under nästa kvartal.');

INSERT INTO progress_report (action_item_id, reported_on, author_id, status, progress, summary)
VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Gemensam lägesbild enligt EST i samtliga stadsdelar'),
    DATE_ADD(CURDATE(), INTERVAL -40 DAY),
    (SELECT id FROM person WHERE email = 'chef@stad.example.se'),
    'ONGOING', 65,
    'Samtliga stadsdelar rapporterar. Den första gemensamma kvartalsanalysen har presenterats för '
    'ledningsgruppen.');

INSERT INTO progress_report (action_item_id, reported_on, author_id, status, progress, summary)
VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Kvartalsvisa platsanalyser för brottsutsatta platser'),
    DATE_ADD(CURDATE(), INTERVAL -30 DAY),
    (SELECT id FROM person WHERE email = 'mikael.forsberg@polisen.example.se'),
    'ONGOING', 70,
    'Tre analyser är klara. Åtgärdslistor har skickats till berörda förvaltningar och lokalpolisområden.');

INSERT INTO progress_report (action_item_id, reported_on, author_id, status, progress, summary)
VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Platssamverkan i Rinkeby centrum'),
    DATE_ADD(CURDATE(), INTERVAL -60 DAY),
    (SELECT id FROM person WHERE email = 'daniel.ohman@polisen.example.se'),
    'ONGOING', 70,
    'Fastighetsägarna har åtagit sig att förbättra belysningen vid torget. Arbetet med städrutiner pågår.');

INSERT INTO progress_report (action_item_id, reported_on, author_id, status, progress, summary)
VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Platssamverkan i Rinkeby centrum'),
    DATE_ADD(CURDATE(), INTERVAL -20 DAY),
    (SELECT id FROM person WHERE email = 'daniel.ohman@polisen.example.se'),
    'ONGOING', 80,
    'Belysningen är på plats. Slutdatum behöver flyttas eftersom en av fastighetsägarna byter förvaltare.');

INSERT INTO progress_report (action_item_id, reported_on, author_id, status, progress, summary)
VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'SSPF i samtliga stadsdelar'),
    DATE_ADD(CURDATE(), INTERVAL -45 DAY),
    (SELECT id FROM person WHERE email = 'ahmed.karimi@stad.example.se'),
    'ONGOING', 55,
    'SSPF finns nu i elva stadsdelar. En gemensam mall för samtycke är antagen och används.');

INSERT INTO progress_report (action_item_id, reported_on, author_id, status, progress, summary)
VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Samordnat boende och skydd för avhoppare'),
    DATE_ADD(CURDATE(), INTERVAL -25 DAY),
    (SELECT id FROM person WHERE email = 'lena.sjoberg@stad.example.se'),
    'ONGOING', 45,
    'Förslag till överenskommelse om tillfälligt boende är skickat till polisen. Svar väntas efter nästa '
    'samverkansmöte.');

INSERT INTO progress_report (action_item_id, reported_on, author_id, status, progress, summary)
VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'KS 2019/656' AND ai.title = 'Utbildning för medarbetare om oro för radikalisering'),
    DATE_ADD(CURDATE(), INTERVAL -50 DAY),
    (SELECT id FROM person WHERE email = 'helena.ekman@stad.example.se'),
    'ONGOING', 85,
    'Webbutbildningen är publicerad. Handledningen för chefer återstår och har försenats av '
    'semesterperioden.');

INSERT INTO progress_report (action_item_id, reported_on, author_id, status, progress, summary)
VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ai.title = 'Trygghetsvandringar i Rågsved och Hagsätra'),
    DATE_ADD(CURDATE(), INTERVAL -15 DAY),
    (SELECT id FROM person WHERE email = 'stad@stad.example.se'),
    'ONGOING', 50,
    'Vårens vandringar är genomförda med god uppslutning. Tolv synpunkter är registrerade i EST och '
    'fördelade.');

INSERT INTO progress_report (action_item_id, reported_on, author_id, status, progress, summary)
VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ai.title = 'Lokalt SSPF-team i Enskede-Årsta-Vantör'),
    DATE_ADD(CURDATE(), INTERVAL -70 DAY),
    (SELECT id FROM person WHERE email = 'stad@stad.example.se'),
    'ONGOING', 50,
    'Teamet har fast mötestid och alla fyra parter deltar. Rutinen för återkoppling till skolorna ses '
    'över.');

INSERT INTO progress_report (action_item_id, reported_on, author_id, status, progress, summary)
VALUES (
    (SELECT ai.id FROM action_item ai JOIN agreement a ON a.id = ai.agreement_id
      WHERE a.diary_number = 'EÅV 2023/112' AND ai.title = 'Lokalt SSPF-team i Enskede-Årsta-Vantör'),
    DATE_ADD(CURDATE(), INTERVAL -10 DAY),
    (SELECT id FROM person WHERE email = 'polis@polisen.example.se'),
    'ONGOING', 65,
    'Kommunpolisen deltar nu vid varje möte. Samarbetet med fritidsgårdarna har förstärkts.');
