import "server-only";
import type { SqlDriver } from "@/lib/db/migrations";

/**
 * The Catalonia-scale data set, laid on top of the demo data (`seedDemo`) so the demo accounts
 * can sign in and find themselves among thousands: 947 municipalities, 5,000 people, 10
 * editions, 1,000 applications and 400 mentors' offers in the current edition (now in its
 * matching phase, with proposals pending, accepted and declined), 5,000 mentorships of past
 * editions with their agreements, 20,000 meetings, evaluations and published fitxes, and
 * 50,000 emails. Deterministic: every row comes from `generate_series` and fixed arithmetic,
 * with dates counted from the day it runs. Plain SQL, so 100,000 rows take seconds.
 */
export const SCALE = {
  municipalities: 947,
  people: 5_000,
  editions: 10,
  currentApplications: 1_000,
  currentMentors: 400,
  pastMentorships: 5_000,
  meetings: 20_000,
  emails: 50_000,
} as const;

// Scale rows on top of the demo's: 12 municipalities, 11 people, 2 editions, 3 applications,
// 3 offers and 1 mentorship (with no meetings).
const NEW_MUNICIPALITIES = SCALE.municipalities - 12;
const MENTORS = 600;
const TECHNICIANS = SCALE.people - 11 - MENTORS;
const PAST_EDITIONS = 8; // + the demo's current and previous editions = 10
const PER_EDITION = SCALE.pastMentorships / PAST_EDITIONS;
const OFFERS = SCALE.currentMentors - 3;
const APPLICATIONS = SCALE.currentApplications - 3;

const COMARQUES = [
  "Alt Camp",
  "Alt Empordà",
  "Alt Penedès",
  "Alt Urgell",
  "Alta Ribagorça",
  "Anoia",
  "Bages",
  "Baix Camp",
  "Baix Ebre",
  "Baix Empordà",
  "Baix Llobregat",
  "Baix Penedès",
  "Barcelonès",
  "Berguedà",
  "Cerdanya",
  "Conca de Barberà",
  "Garraf",
  "Garrigues",
  "Garrotxa",
  "Gironès",
  "Maresme",
  "Moianès",
  "Montsià",
  "Noguera",
  "Osona",
  "Pallars Jussà",
  "Pallars Sobirà",
  "Pla d'Urgell",
  "Pla de l'Estany",
  "Priorat",
  "Ribera d'Ebre",
  "Ripollès",
  "Segarra",
  "Segrià",
  "Selva",
  "Solsonès",
  "Tarragonès",
  "Terra Alta",
  "Urgell",
  "Vallès Occidental",
  "Vallès Oriental",
  "Lluçanès",
];
const GIVEN = [
  "Aina",
  "Pau",
  "Júlia",
  "Arnau",
  "Laia",
  "Oriol",
  "Mariona",
  "Jan",
  "Berta",
  "Quim",
  "Roser",
  "Bernat",
  "Txell",
  "Guillem",
  "Mireia",
  "Xavier",
  "Neus",
  "Ferran",
  "Carla",
  "Sergi",
  "Montse",
  "Lluís",
  "Elisenda",
  "Àlex",
  "Gemma",
  "Ramon",
  "Ona",
  "Biel",
  "Helena",
  "Martí",
];
const FAMILY = [
  "Puig",
  "Vila",
  "Font",
  "Soler",
  "Casals",
  "Roca",
  "Serra",
  "Pons",
  "Bosch",
  "Riera",
  "Camps",
  "Prats",
  "Vidal",
  "Mas",
  "Ribas",
  "Sala",
  "Torres",
  "Coll",
  "Ferrer",
  "Batlle",
  "Canals",
  "Sabater",
  "Pujol",
  "Oliver",
  "Rovira",
  "Comas",
  "Garriga",
  "Solé",
  "Fabra",
  "Sureda",
  "Planas",
  "Grau",
  "Vendrell",
  "Bonet",
  "Costa",
  "Ros",
  "Miró",
  "Bertran",
  "Farré",
  "Guasch",
];
const TEMPLATES = [
  "sign-in",
  "application-submitted",
  "phase-changed",
  "proposal-received",
  "proposal-accepted",
  "mentorship-started",
  "meeting-reminder",
  "weekly-digest",
  "evaluation-reminder",
  "fitxa-published",
];

const literal = (values: readonly string[]) =>
  `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(",")}]::text[]`;

export async function seedScale(driver: SqlDriver) {
  await driver.execInTransaction(sql());
}

function sql() {
  return /* sql */ `
CREATE TEMP TABLE sc_const ON COMMIT DROP AS SELECT
  ${literal(COMARQUES)} AS comarques, ${literal(GIVEN)} AS given, ${literal(FAMILY)} AS family, ${literal(TEMPLATES)} AS templates,
  (now() AT TIME ZONE 'Europe/Madrid')::date AS today,
  (SELECT id FROM "User" WHERE email = 'secretaria@example.org') AS secretariat,
  (SELECT id FROM "User" WHERE email = 'marta.soler@example.org') AS marta,
  (SELECT id FROM "User" WHERE email = 'anna.ferrer@example.org') AS anna,
  (SELECT id FROM "Edition" WHERE "isCurrent") AS current;

-- Municipalities: the demo's 12 and 935 more, numbered, spread over the 42 comarques.
INSERT INTO "Municipality" (id, name, comarca, population, "emailDomains", "updatedAt")
SELECT 'sc-m-' || lpad(i::text, 4, '0'), 'Municipi ' || lpad(i::text, 3, '0'), c.comarques[1 + i % 42],
       300 + (i * 7919) % 90000, ARRAY['m' || lpad(i::text, 4, '0') || '.example.cat'], now()
FROM generate_series(1, ${NEW_MUNICIPALITIES}) i, sc_const c;

CREATE TEMP TABLE sc_muni ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY name) - 1 AS idx, id FROM "Municipality";

-- People: 600 mentors and 4,389 technicians (with the demo's 11, 5,000).
INSERT INTO "User" (id, email, name, position, role, "isMentor", "municipalityId", "privacyAcceptedAt", "createdAt", "updatedAt")
SELECT 'sc-u-m-' || lpad(i::text, 4, '0'), 'mentora.' || lpad(i::text, 4, '0') || '@example.net',
       c.given[1 + i % 30] || ' ' || c.family[1 + (i * 7) % 40] || ' ' || c.family[1 + (i * 11 + 3) % 40],
       'Tècnic/a d''economia social', 'TECHNICIAN', true, m.id, now() - interval '400 days', now() - (i % 3000) * interval '1 day', now()
FROM generate_series(0, ${MENTORS - 1}) i CROSS JOIN sc_const c JOIN sc_muni m ON m.idx = (i * 13) % ${SCALE.municipalities};

INSERT INTO "User" (id, email, name, position, role, "municipalityId", "privacyAcceptedAt", "createdAt", "updatedAt")
SELECT 'sc-u-t-' || lpad(i::text, 4, '0'), 'tecnica.' || lpad(i::text, 4, '0') || '@example.net',
       c.given[1 + (i * 3) % 30] || ' ' || c.family[1 + (i * 13) % 40] || ' ' || c.family[1 + (i * 17 + 5) % 40],
       'Tècnic/a de promoció econòmica', 'TECHNICIAN', m.id, now() - interval '200 days', now() - (i % 3000) * interval '1 day', now()
FROM generate_series(0, ${TECHNICIANS - 1}) i CROSS JOIN sc_const c JOIN sc_muni m ON m.idx = (i * 7 + 3) % ${SCALE.municipalities};

CREATE TEMP TABLE sc_topic ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY "sortOrder", slug) - 1 AS idx, id FROM "Topic";
CREATE TEMP TABLE sc_topic_count ON COMMIT DROP AS SELECT count(*)::int AS n FROM sc_topic;

-- The current edition moves to its matching phase: applications closed, proposals out.
UPDATE "Edition" e SET phase = 'MATCHING', "phaseChangedAt" = now(),
  "applicationsOpenOn" = c.today - 75, "applicationsCloseOn" = c.today - 45, "matchingDeadlineOn" = c.today + 10,
  "mentoringStartOn" = c.today + 20, "defaultEndOn" = (c.today + 20 + interval '12 months' - interval '1 day')::date
FROM sc_const c WHERE e.id = c.current;

-- Eight closed editions before the demo's two.
INSERT INTO "Edition" (id, name, year, phase, "applicationsOpenOn", "applicationsCloseOn", "matchingDeadlineOn", "mentoringStartOn", "defaultEndOn", "phaseChangedAt", "updatedAt")
SELECT 'sc-e-' || y, 'Convocatòria ' || y || '-' || (y + 1), y, 'CLOSED',
       make_date(y, 9, 1), make_date(y, 9, 30), make_date(y, 10, 31), make_date(y, 11, 15), make_date(y + 1, 11, 14),
       make_date(y + 2, 1, 15), now()
FROM sc_const c, generate_series(extract(year FROM c.today)::int - 1 - ${PAST_EDITIONS}, extract(year FROM c.today)::int - 2) y;

-- 397 more mentors' offers in the current edition (400 with the demo's), with 2 or 3 topics.
INSERT INTO "MentorOffer" (id, "editionId", "mentorId", capacity, experience, "preferredFormat", "travelArea", status, "confirmedAt", "updatedAt")
SELECT 'sc-o-' || lpad(i::text, 4, '0'), c.current, 'sc-u-m-' || lpad(i::text, 4, '0'), 1 + i % 3,
       'Experiència en polítiques municipals d''economia social i solidària, cooperativisme i contractació pública responsable (' || i || ').',
       (ARRAY['IN_PERSON','ONLINE','MIXED'])[1 + i % 3]::"MeetingFormat", 'La seva comarca i les veïnes', 'ACTIVE', now() - interval '60 days', now()
FROM generate_series(0, ${OFFERS - 1}) i, sc_const c;

INSERT INTO "_MentorOfferToTopic" ("A", "B")
SELECT DISTINCT 'sc-o-' || lpad(i::text, 4, '0'), t.id
FROM generate_series(0, ${OFFERS - 1}) i CROSS JOIN sc_topic_count n
CROSS JOIN LATERAL (VALUES (1, i % n.n), (2, (i * 5 + 3) % n.n), (3, (i * 3 + 7) % n.n)) AS k(ord, idx)
JOIN sc_topic t ON t.idx = k.idx
WHERE k.ord <= 2 + i % 2;

-- 997 more applications in the current edition (1,000 with the demo's), 1 to 3 needs each;
-- one in four names two preferred mentors.
INSERT INTO "Application" (id, "editionId", "applicantId", "municipalityId", status, "municipalitySize", live, "policyStage", "currentPolicy", "hasPlan",
  goals, availability, "preferredFormat", "commitmentsAcceptedAt", "submittedAt", "createdAt", "updatedAt")
SELECT 'sc-a-c-' || lpad(i::text, 4, '0'), c.current, u.id, u."municipalityId", 'SUBMITTED', mu.population, true,
       (ARRAY['NONE','EMERGING','DEVELOPING'])[1 + i % 3]::"PolicyStage",
       'L''ajuntament dona suport puntual a entitats i cooperatives del municipi, sense un pla estable.', i % 4 = 0,
       'Definir una estratègia municipal d''economia social i solidària amb la participació de les entitats.',
       'Dimarts i dijous al matí', (ARRAY['IN_PERSON','ONLINE','MIXED'])[1 + i % 3]::"MeetingFormat",
       c.today - 50 + (i % 20), c.today - 50 + (i % 20), c.today - 60, now()
FROM generate_series(0, ${APPLICATIONS - 1}) i CROSS JOIN sc_const c
JOIN "User" u ON u.id = 'sc-u-t-' || lpad(i::text, 4, '0')
JOIN "Municipality" mu ON mu.id = u."municipalityId";

INSERT INTO "ApplicationNeed" (id, "applicationId", "topicId", description, priority)
SELECT DISTINCT ON (a, t.id) 'sc-n-c-' || lpad(i::text, 4, '0') || '-' || k.n, a, t.id,
       'Acompanyament per desplegar aquesta línia de treball al municipi.', (ARRAY['HIGH','MEDIUM','LOW'])[k.n]::"NeedPriority"
FROM generate_series(0, ${APPLICATIONS - 1}) i CROSS JOIN sc_topic_count n
CROSS JOIN LATERAL (SELECT 'sc-a-c-' || lpad(i::text, 4, '0') AS a) app
CROSS JOIN LATERAL (VALUES (1, (i * 7) % n.n), (2, (i * 7 + 4) % n.n), (3, (i * 11 + 9) % n.n)) AS k(n, idx)
JOIN sc_topic t ON t.idx = k.idx
WHERE k.n <= 1 + i % 3;

INSERT INTO "ApplicationPreferredMentor" ("applicationId", "mentorId", rank)
SELECT 'sc-a-c-' || lpad(i::text, 4, '0'), 'sc-u-m-' || lpad(((i * 7 + r) % ${OFFERS})::text, 4, '0'), r
FROM generate_series(0, ${APPLICATIONS - 1}, 4) i, generate_series(0, 1) r;

-- Proposals in the current edition: 240 accepted (mentorships being agreed), 150 pending,
-- 40 declined; and one pending for the demo's Anna with the demo's Marta.
INSERT INTO "Proposal" (id, "editionId", "applicationId", "mentorId", status, live, message, "declineReason", score, "respondBy", "respondedAt", "createdById", "createdAt", "updatedAt")
SELECT 'sc-p-c-' || lpad(i::text, 4, '0'), c.current, 'sc-a-c-' || lpad(i::text, 4, '0'),
       'sc-u-m-' || lpad((CASE WHEN i < 390 THEN i ELSE (i * 7) % ${OFFERS} END)::text, 4, '0'),
       (CASE WHEN i < 240 THEN 'ACCEPTED' WHEN i < 390 THEN 'PENDING' ELSE 'DECLINED' END)::"ProposalStatus",
       CASE WHEN i < 390 THEN true END, 'Us proposem aquest acompanyament pels àmbits que compartiu.',
       CASE WHEN i >= 390 THEN 'Aquest any no tinc prou disponibilitat.' END, 40 + (i * 37) % 60,
       CASE WHEN i < 240 THEN c.today - 5 ELSE c.today + 7 END,
       CASE WHEN i < 240 OR i >= 390 THEN now() - interval '8 days' END, c.secretariat, now() - interval '10 days', now()
FROM generate_series(0, 429) i, sc_const c;

INSERT INTO "Proposal" (id, "editionId", "applicationId", "mentorId", status, live, message, score, "respondBy", "createdById", "createdAt", "updatedAt")
SELECT 'sc-p-c-anna', c.current, a.id, c.marta, 'PENDING', true, 'Us proposem aquest acompanyament pels àmbits que compartiu.', 82, c.today + 7, c.secretariat, now() - interval '3 days', now()
FROM sc_const c JOIN "Application" a ON a."editionId" = c.current AND a."applicantId" = c.anna AND a.live;

INSERT INTO "Mentorship" (id, "editionId", "proposalId", "applicationId", "mentorId", "menteeId", status, "acceptedAt", "updatedAt")
SELECT 'sc-ms-c-' || lpad(i::text, 4, '0'), c.current, 'sc-p-c-' || lpad(i::text, 4, '0'), 'sc-a-c-' || lpad(i::text, 4, '0'),
       'sc-u-m-' || lpad(i::text, 4, '0'), 'sc-u-t-' || lpad(i::text, 4, '0'), 'AGREEING', now() - interval '2 days', now()
FROM generate_series(0, 239) i, sc_const c;

-- 5,000 mentorships of the eight closed editions (one in twenty cancelled), each with its
-- application, proposal, confirmed agreement and four meetings; the completed ones with both
-- evaluations and a published fitxa. The demo's Marta mentored one in 160 of them.
CREATE TEMP TABLE sc_past ON COMMIT DROP AS
SELECT k, lpad(k::text, 5, '0') AS n, 'sc-e-' || y AS edition, y,
       make_date(y, 11, 15) AS started, make_date(y + 1, 11, 14) AS ended,
       CASE WHEN k % 160 = 0 THEN c.marta ELSE 'sc-u-m-' || lpad(((k * 17) % ${MENTORS})::text, 4, '0') END AS mentor,
       'sc-u-t-' || lpad((((k / ${PER_EDITION}) * ${PER_EDITION} + (k % ${PER_EDITION}) * 7) % ${TECHNICIANS})::text, 4, '0') AS mentee,
       k % 20 = 19 AS cancelled
FROM sc_const c, generate_series(0, ${SCALE.pastMentorships - 1}) k,
LATERAL (SELECT extract(year FROM c.today)::int - 1 - ${PAST_EDITIONS} + k / ${PER_EDITION} AS y) yy;

INSERT INTO "Application" (id, "editionId", "applicantId", "municipalityId", status, live, "policyStage", "currentPolicy", goals, availability, "preferredFormat", "commitmentsAcceptedAt", "submittedAt", "createdAt", "updatedAt")
SELECT 'sc-a-p-' || p.n, p.edition, p.mentee, u."municipalityId", 'SUBMITTED', true, 'EMERGING',
       'Suport puntual a entitats.', 'Impulsar l''economia social al municipi.', 'Matins', 'MIXED',
       make_date(p.y, 9, 20), make_date(p.y, 9, 20), make_date(p.y, 9, 10), make_date(p.y, 9, 20)
FROM sc_past p JOIN "User" u ON u.id = p.mentee;

INSERT INTO "ApplicationNeed" (id, "applicationId", "topicId", description, priority)
SELECT 'sc-n-p-' || p.n, 'sc-a-p-' || p.n, t.id, 'Acompanyament per començar.', 'HIGH'
FROM sc_past p CROSS JOIN sc_topic_count c JOIN sc_topic t ON t.idx = p.k % c.n;

INSERT INTO "Proposal" (id, "editionId", "applicationId", "mentorId", status, live, score, "respondBy", "respondedAt", "createdById", "createdAt", "updatedAt")
SELECT 'sc-p-p-' || p.n, p.edition, 'sc-a-p-' || p.n, p.mentor, 'ACCEPTED', true, 70, make_date(p.y, 10, 25), make_date(p.y, 10, 20), c.secretariat, make_date(p.y, 10, 15), make_date(p.y, 10, 20)
FROM sc_past p, sc_const c;

INSERT INTO "Mentorship" (id, "editionId", "proposalId", "applicationId", "mentorId", "menteeId", status, "acceptedAt", "agreedStartOn", "endOn", "startEmailSentAt", "firstContactOn", "meetingsRequirementMet",
  "mentorConfirmedEndAt", "menteeConfirmedEndAt", "closingAt", "completedAt", "cancelledAt", "cancelReason", "cancelledById", "createdAt", "updatedAt")
SELECT 'sc-ms-p-' || p.n, p.edition, 'sc-p-p-' || p.n, 'sc-a-p-' || p.n, p.mentor, p.mentee,
       (CASE WHEN p.cancelled THEN 'CANCELLED' ELSE 'COMPLETED' END)::"MentorshipStatus", make_date(p.y, 10, 20), p.started, p.ended, p.started, p.started + 6,
       CASE WHEN NOT p.cancelled THEN true END,
       CASE WHEN NOT p.cancelled THEN p.ended END, CASE WHEN NOT p.cancelled THEN p.ended END, CASE WHEN NOT p.cancelled THEN p.ended END,
       CASE WHEN NOT p.cancelled THEN p.ended + 30 END, CASE WHEN p.cancelled THEN p.started + 120 END,
       CASE WHEN p.cancelled THEN 'Canvi de lloc de treball de la persona sol·licitant.' END, CASE WHEN p.cancelled THEN p.mentee END,
       make_date(p.y, 10, 20), p.ended + 30
FROM sc_past p;

INSERT INTO "Agreement" (id, "mentorshipId", objectives, activities, "plannedMeetings", "startOn", "endOn", status, version, "draftedById", "confirmedById", "confirmedAt", "createdAt", "updatedAt")
SELECT 'sc-ag-' || p.n, 'sc-ms-p-' || p.n, 'Elaborar un primer pla municipal d''economia social.', 'Trobades de treball, visites i revisió de documents.',
       'Quatre trobades, dues de presencials.', p.started, p.ended, 'CONFIRMED', 1, p.mentor, p.mentee, p.started + 20, p.started + 14, p.started + 20
FROM sc_past p;

INSERT INTO "Meeting" (id, "mentorshipId", "startsAt", "durationMin", mode, place, summary, status, "loggedById", "confirmedById", "confirmedAt", "createdAt", "updatedAt")
SELECT 'sc-mt-' || p.n || '-' || j, 'sc-ms-p-' || p.n, (p.started + 10 + j * 80) + time '09:00', 90,
       (CASE WHEN j % 2 = 0 THEN 'IN_PERSON' ELSE 'ONLINE' END)::"MeetingMode", CASE WHEN j % 2 = 0 THEN 'Ajuntament' END,
       'Revisió del pla de treball i dels passos següents.', 'HELD', p.mentor, p.mentee, p.started + 12 + j * 80, p.started + 11 + j * 80, p.started + 12 + j * 80
FROM sc_past p, generate_series(0, ${SCALE.meetings / SCALE.pastMentorships - 1}) j;

INSERT INTO "Evaluation" (id, "mentorshipId", "authorId", "authorRole", usefulness, relationship, "goalsAchieved", organisation, comments, "wouldRecommend", "submittedAt")
SELECT 'sc-ev-' || p.n || '-' || r, 'sc-ms-p-' || p.n, CASE WHEN r = 'MENTOR' THEN p.mentor ELSE p.mentee END, r::"PartyRole",
       3 + p.k % 3, 3 + (p.k / 3) % 3, 2 + p.k % 4, 3 + (p.k / 7) % 3, 'Una experiència profitosa per a tots dos municipis.', p.k % 11 <> 0, p.ended + 10
FROM sc_past p, (VALUES ('MENTOR'), ('MENTEE')) AS roles(r) WHERE NOT p.cancelled;

INSERT INTO "RecordSheet" (id, "mentorshipId", status, title, context, objectives, activities, results, lessons, resources, "submittedAt", "publishedAt", "publishedById", "createdAt", "updatedAt")
SELECT 'sc-fx-' || p.n, 'sc-ms-p-' || p.n, 'PUBLISHED', 'Primer pla municipal d''economia social (' || p.y || ', ' || p.n || ')',
       'Un municipi que començava a treballar l''economia social i solidària.', 'Elaborar un pla i crear una taula d''entitats.',
       'Quatre trobades, una visita i la revisió del pla.', 'Un pla aprovat i una taula d''entitats en marxa.',
       'Cal implicar les entitats des del primer dia.', 'Guia de polítiques municipals d''ESS.', p.ended + 15, p.ended + 25, c.secretariat, p.ended, p.ended + 25
FROM sc_past p, sc_const c WHERE NOT p.cancelled;

INSERT INTO "_RecordSheetToTopic" ("A", "B")
SELECT 'sc-fx-' || p.n, t.id FROM sc_past p CROSS JOIN sc_topic_count c JOIN sc_topic t ON t.idx = p.k % c.n WHERE NOT p.cancelled;

-- 50,000 emails over the eight years, 25 of them failed.
INSERT INTO "EmailMessage" (id, template, "toEmail", "toUserId", subject, html, text, status, attempts, "nextAttemptAt", "lastError", "providerId", "idempotencyKey", "sentAt", "createdAt")
SELECT 'sc-em-' || lpad(i::text, 5, '0'), c.templates[1 + i % 10], u.email, u.id,
       'Mentoria XMESS: avís ' || i, '<p>Missatge del programa de mentoria XMESS.</p>', 'Missatge del programa de mentoria XMESS.',
       (CASE WHEN i % 2000 = 1999 THEN 'FAILED' ELSE 'SENT' END)::"EmailStatus", CASE WHEN i % 2000 = 1999 THEN 5 ELSE 1 END,
       at, CASE WHEN i % 2000 = 1999 THEN 'Adreça rebutjada pel servidor de destinació.' END,
       CASE WHEN i % 2000 <> 1999 THEN 'sc-provider-' || i END, 'sc-em-' || i, CASE WHEN i % 2000 <> 1999 THEN at END, at
FROM generate_series(0, ${SCALE.emails - 1}) i CROSS JOIN sc_const c
CROSS JOIN LATERAL (SELECT now() - ((${SCALE.emails} - i) * interval '80 minutes') AS at) t
JOIN "User" u ON u.id = CASE WHEN i % 2 = 0 THEN 'sc-u-t-' || lpad(((i / 2) % ${TECHNICIANS})::text, 4, '0') ELSE 'sc-u-m-' || lpad(((i / 2) % ${MENTORS})::text, 4, '0') END;

ANALYZE;
`;
}
