import { Client } from "pg";
import { pageRoutes } from "@/__tests__/support/routes";
(async () => {
  const db = new Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/xmess_scale" }); await db.connect();
  const one = async (sql: string) => (await db.query(sql)).rows[0]?.id;
  const marta = `(SELECT id FROM "User" WHERE email = 'marta.soler@example.org')`;
  const mentorship = await one(`SELECT id FROM "Mentorship" WHERE "mentorId" = ${marta} AND status='COMPLETED' ORDER BY "startedOn" DESC LIMIT 1`);
  const ids = { mentorship, edition: await one(`SELECT id FROM "Edition" WHERE "isCurrent"`), proposal: await one(`SELECT id FROM "Proposal" WHERE "mentorId"=${marta} AND status='PENDING'`),
    fitxa: await one(`SELECT id FROM "RecordSheet" WHERE "mentorshipId"='${mentorship}'`), application: await one(`SELECT id FROM "Application" ORDER BY id LIMIT 1`),
    offer: await one(`SELECT o.id FROM "MentorOffer" o JOIN "Edition" e ON e.id=o."editionId" AND e."isCurrent" LIMIT 1`), email: await one(`SELECT id FROM "EmailMessage" LIMIT 1`),
    municipality: await one(`SELECT id FROM "Municipality" LIMIT 1`), person: await one(`SELECT id FROM "User" WHERE email='marta.soler@example.org'`), communication: await one(`SELECT id FROM "Communication" LIMIT 1`) };
  await db.end();
  const cookie = { anonymous: "", secretariat: "authjs.session-token=diag-secretaria", mentor: "authjs.session-token=diag-marta.soler", mentee: "authjs.session-token=diag-anna.ferrer" };
  for (const [route, { path, role }] of Object.entries(pageRoutes(ids))) {
    const probe = Math.random().toString(36);
    const t = performance.now();
    const r = await fetch("http://localhost:3999" + path, { headers: { cookie: cookie[role], "x-query-probe": probe }, redirect: "manual" });
    const len = (await r.arrayBuffer()).byteLength;
    const ms = Math.round(performance.now() - t);
    const q = (await (await fetch(`http://localhost:3999/api/dev/query-counts?probe=${probe}`)).json()).queries;
    console.log(String(q).padStart(3), r.status, String(ms).padStart(5) + "ms", String(len).padStart(8), route);
  }
})();
