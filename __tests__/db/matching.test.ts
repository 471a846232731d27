import { prisma } from "@/lib/db/client";
import { addDays } from "@/lib/dates";
import { loadMatchingBoard, saveMatchingWeights, suggestForEdition } from "@/lib/matching/board";
import { pairsCsv } from "@/lib/matching/export";
import { translatorFor } from "../support/translator";
import { getMyProposal, listMyProposals } from "@/lib/matching/inbox";
import { getMyMatchState } from "@/lib/matching/mentee-view";
import { sendProposals, withdrawProposal } from "@/lib/matching/proposals";
import { acceptProposal, declineProposal } from "@/lib/matching/respond";
import type { Viewer } from "@/lib/auth/viewer";
import { asSent } from "../support/emails";
import { ACTORS, createActors, databaseFingerprint, viewerOf, type ActorName } from "../support/actors";
import { createPerson } from "../support/factories";
import { matchingScenario, rawProposals } from "../support/matching-fixtures";

describe("racing accepts", () => {
  for (const capacity of [1, 2]) {
    it(`20 concurrent accepts against a mentor with capacity ${capacity} give exactly ${capacity} mentorships, one email each`, async () => {
      const s = await matchingScenario({ applications: 20, capacity: 20 });
      const proposals = await rawProposals(
        s.edition.id,
        s.mentor.id,
        s.secretariat.id,
        s.apps.map((a) => a.id),
      );
      await prisma.mentorOffer.update({ where: { id: s.offer.id }, data: { capacity } });
      const results = await Promise.allSettled(proposals.map((p) => acceptProposal(viewerOf(s.mentor), p.id)));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(capacity);
      for (const r of results) if (r.status === "rejected") expect(r.reason.name).toBe("AppError");
      expect(await prisma.mentorship.count({ where: { mentorId: s.mentor.id } })).toBe(capacity);
      const menteeEmails = await prisma.emailMessage.count({
        where: { template: "mentor-assigned", toUserId: { in: s.mentees.map((m) => m.id) } },
      });
      expect(menteeEmails).toBe(capacity);
      expect(await prisma.proposal.count({ where: { mentorId: s.mentor.id, status: "ACCEPTED" } })).toBe(capacity);
    });
  }

  it("the same proposal accepted twice at once makes one mentorship", async () => {
    const s = await matchingScenario({ applications: 1 });
    const [proposal] = await rawProposals(s.edition.id, s.mentor.id, s.secretariat.id, [s.apps[0].id]);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => acceptProposal(viewerOf(s.mentor), proposal.id)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.mentorship.count({ where: { proposalId: proposal.id } })).toBe(1);
  });
});

describe("proposals", () => {
  it("an application never gets two live proposals, even from racing batches", async () => {
    const s = await matchingScenario({ applications: 1, capacity: 3 });
    const other = await createPerson({ isMentor: true });
    await prisma.mentorOffer.create({
      data: { editionId: s.edition.id, mentorId: other.id, capacity: 3, experience: "Experiència." },
    });
    const send = (mentorId: string) =>
      sendProposals(viewerOf(s.secretariat), {
        editionId: s.edition.id,
        items: [{ applicationId: s.apps[0].id, mentorId }],
      });
    const results = await Promise.allSettled([send(s.mentor.id), send(other.id), send(s.mentor.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.proposal.count({ where: { applicationId: s.apps[0].id, live: true } })).toBe(1);
    await expect(send(other.id)).rejects.toThrow(/ja té una proposta en curs/);
  });

  it("pending proposals count against capacity, and a batch is all or nothing", async () => {
    const s = await matchingScenario({ applications: 3, capacity: 2 });
    await expect(
      sendProposals(viewerOf(s.secretariat), {
        editionId: s.edition.id,
        items: s.apps.map((a) => ({ applicationId: a.id, mentorId: s.mentor.id })),
      }),
    ).rejects.toThrow(/no li queden places/);
    expect(await prisma.proposal.count({ where: { editionId: s.edition.id } })).toBe(0);
    const sent = await sendProposals(viewerOf(s.secretariat), {
      editionId: s.edition.id,
      items: s.apps.slice(0, 2).map((a) => ({ applicationId: a.id, mentorId: s.mentor.id })),
      message: "Gràcies per la disponibilitat.",
    });
    expect(sent).toEqual({ sent: 2 });
    const emails = await prisma.emailMessage.findMany({
      where: { toUserId: s.mentor.id, template: "proposal-to-mentor" },
    });
    expect(emails).toHaveLength(2);
    const { text } = await asSent(emails[0]);
    expect(text).toContain("Gràcies per la disponibilitat.");
    expect(text).toContain("/ca/propostes/");
  });

  it("the board counts each mentor's places taken by live proposals, and a full mentor is not ranked", async () => {
    const s = await matchingScenario({ applications: 3, capacity: 2 });
    let board = await loadMatchingBoard(viewerOf(s.secretariat), s.edition.id);
    expect(board.mentors).toEqual([expect.objectContaining({ id: s.mentor.id, capacity: 2, committed: 0 })]);
    expect(board.counts.freePlaces).toBe(2);

    await sendProposals(viewerOf(s.secretariat), {
      editionId: s.edition.id,
      items: [{ applicationId: s.apps[0].id, mentorId: s.mentor.id }],
    });
    board = await loadMatchingBoard(viewerOf(s.secretariat), s.edition.id);
    expect(board.mentors[0]).toMatchObject({ committed: 1 });
    expect(board.counts).toMatchObject({ applications: 2, freePlaces: 1 });
    expect(board.applications.map((a) => a.ranked.map((r) => r.mentorId))).toEqual([[s.mentor.id], [s.mentor.id]]);

    await sendProposals(viewerOf(s.secretariat), {
      editionId: s.edition.id,
      items: [{ applicationId: s.apps[1].id, mentorId: s.mentor.id }],
    });
    board = await loadMatchingBoard(viewerOf(s.secretariat), s.edition.id);
    expect(board.mentors[0]).toMatchObject({ committed: 2 });
    expect(board.counts).toMatchObject({ applications: 1, freePlaces: 0 });
    expect(board.applications).toEqual([expect.objectContaining({ id: s.apps[2].id, ranked: [] })]);
  });

  it("never proposes a mentor of the mentee's own municipality unless the secretariat overrides", async () => {
    const s = await matchingScenario({ applications: 1 });
    await prisma.user.update({ where: { id: s.mentor.id }, data: { municipalityId: s.mentees[0].municipalityId } });
    const item = { applicationId: s.apps[0].id, mentorId: s.mentor.id };
    await expect(sendProposals(viewerOf(s.secretariat), { editionId: s.edition.id, items: [item] })).rejects.toThrow(
      /és del mateix municipi/,
    );
    const board = await loadMatchingBoard(viewerOf(s.secretariat), s.edition.id);
    expect(board.applications[0].ranked).toEqual([]);
    expect(board.applications[0].sameMunicipality.map((m) => m.mentorId)).toEqual([s.mentor.id]);
    await sendProposals(viewerOf(s.secretariat), {
      editionId: s.edition.id,
      items: [{ ...item, allowSameMunicipality: true }],
    });
    expect(await prisma.proposal.findFirstOrThrow({ where: { applicationId: s.apps[0].id } })).toMatchObject({
      sameMunicipalityOverride: true,
    });
  });

  it("a decline frees the application, tells the secretariat and excludes the pair from suggestions", async () => {
    const s = await matchingScenario({ applications: 1 });
    await sendProposals(viewerOf(s.secretariat), {
      editionId: s.edition.id,
      items: [{ applicationId: s.apps[0].id, mentorId: s.mentor.id }],
    });
    const proposal = await prisma.proposal.findFirstOrThrow({ where: { applicationId: s.apps[0].id } });
    expect((await suggestForEdition(viewerOf(s.secretariat), s.edition.id)).pairs).toEqual([]);
    await declineProposal(viewerOf(s.mentor), { proposalId: proposal.id, reason: "Aquest trimestre no tinc temps." });
    expect(await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({
      status: "DECLINED",
      live: null,
    });
    const told = await prisma.emailMessage.findFirstOrThrow({
      where: { toUserId: s.secretariat.id, template: "proposal-declined" },
    });
    expect((await asSent(told)).text).toContain("Aquest trimestre no tinc temps.");
    const board = await loadMatchingBoard(viewerOf(s.secretariat), s.edition.id);
    expect(board.applications.map((a) => a.id)).toEqual([s.apps[0].id]);
    expect(board.applications[0].ranked).toEqual([]);
    expect((await suggestForEdition(viewerOf(s.secretariat), s.edition.id)).pairs).toEqual([]);
    await expect(
      sendProposals(viewerOf(s.secretariat), {
        editionId: s.edition.id,
        items: [{ applicationId: s.apps[0].id, mentorId: s.mentor.id }],
      }),
    ).rejects.toThrow(/ja va declinar/);
  });

  it("accepting creates the mentorship in AGREEING, gives the mentee the mentor's contact and tells the secretariat", async () => {
    const s = await matchingScenario({ applications: 1 });
    await sendProposals(viewerOf(s.secretariat), {
      editionId: s.edition.id,
      items: [{ applicationId: s.apps[0].id, mentorId: s.mentor.id }],
    });
    const proposal = await prisma.proposal.findFirstOrThrow({ where: { applicationId: s.apps[0].id } });
    expect((await getMyMatchState(viewerOf(s.mentees[0]), s.edition.id)).kind).toBe("proposed");
    const before = await getMyProposal(viewerOf(s.mentor), proposal.id);
    expect(before?.mentee).toBeNull();
    await acceptProposal(viewerOf(s.mentor), proposal.id);
    const mentorship = await prisma.mentorship.findFirstOrThrow({ where: { proposalId: proposal.id } });
    expect(mentorship).toMatchObject({ status: "AGREEING", mentorId: s.mentor.id, menteeId: s.mentees[0].id });
    const state = await getMyMatchState(viewerOf(s.mentees[0]), s.edition.id);
    expect(state).toMatchObject({ kind: "matched", mentor: { email: s.mentor.email } });
    const email = await prisma.emailMessage.findFirstOrThrow({
      where: { toUserId: s.mentees[0].id, template: "mentor-assigned" },
    });
    expect((await asSent(email)).text).toContain(s.mentor.email);
    expect(
      await prisma.emailMessage.count({ where: { toUserId: s.secretariat.id, template: "proposal-accepted" } }),
    ).toBe(1);
    expect((await getMyProposal(viewerOf(s.mentor), proposal.id))?.mentee?.email).toBe(s.mentees[0].email);
  });

  it("a proposal past its deadline expires when read or acted on", async () => {
    const s = await matchingScenario({ applications: 1 });
    const [proposal] = await rawProposals(s.edition.id, s.mentor.id, s.secretariat.id, [s.apps[0].id]);
    await prisma.proposal.update({ where: { id: proposal.id }, data: { respondBy: addDays(new Date(), -1) } });
    await expect(acceptProposal(viewerOf(s.mentor), proposal.id)).rejects.toThrow(/El termini per respondre/);
    expect(await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({
      status: "EXPIRED",
      live: null,
    });
    expect(await prisma.mentorship.count({ where: { proposalId: proposal.id } })).toBe(0);
    const [again] = await rawProposals(s.edition.id, s.mentor.id, s.secretariat.id, [s.apps[0].id]);
    await prisma.proposal.update({ where: { id: again.id }, data: { respondBy: addDays(new Date(), -1) } });
    const inbox = await listMyProposals(viewerOf(s.mentor));
    expect(inbox.find((p) => p.id === again.id)?.status).toBe("EXPIRED");
  });

  it("the secretariat withdraws a pending proposal and the mentor is told", async () => {
    const s = await matchingScenario({ applications: 1 });
    await sendProposals(viewerOf(s.secretariat), {
      editionId: s.edition.id,
      items: [{ applicationId: s.apps[0].id, mentorId: s.mentor.id }],
    });
    const proposal = await prisma.proposal.findFirstOrThrow({ where: { applicationId: s.apps[0].id } });
    await withdrawProposal(viewerOf(s.secretariat), proposal.id);
    expect(await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({
      status: "WITHDRAWN",
      live: null,
    });
    expect(await prisma.emailMessage.count({ where: { toUserId: s.mentor.id, template: "proposal-withdrawn" } })).toBe(
      1,
    );
    await expect(acceptProposal(viewerOf(s.mentor), proposal.id)).rejects.toThrow(/ja s'ha respost/);
  });

  it("exports the pairs as CSV", async () => {
    const s = await matchingScenario({ applications: 1 });
    await sendProposals(viewerOf(s.secretariat), {
      editionId: s.edition.id,
      items: [{ applicationId: s.apps[0].id, mentorId: s.mentor.id }],
    });
    const lines = async (locale: "ca" | "es") =>
      (await pairsCsv(viewerOf(s.secretariat), s.edition.id, translatorFor(locale)))
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n");
    const catalan = await lines("ca");
    expect(catalan).toHaveLength(2);
    expect(catalan[0]).toMatch(/^Persona sol·licitant;Adreça sol·licitant;/);
    expect(catalan[1]).toContain(s.mentor.email);
    expect(catalan[1]).toContain("Proposta pendent");
    // in the language of the person who exports
    const spanish = await lines("es");
    expect(spanish[0]).toMatch(/^Persona solicitante;Dirección solicitante;/);
    expect(spanish[1]).toContain("Propuesta pendiente");
  });
});

describe("authorization matrix of the matching", () => {
  let actors: Awaited<ReturnType<typeof createActors>>;
  beforeAll(async () => {
    actors = await createActors();
  });

  type Case = { name: string; allowed: ActorName[]; setup: () => Promise<(v: Viewer | null) => Promise<unknown>> };
  const secretariatOnly: ActorName[] = ["secretariat"];
  // The "mentor" actor is the proposal's mentor; the "technician" is the mentee.
  async function proposalFor() {
    const s = await matchingScenario({ applications: 1 });
    await prisma.mentorOffer.update({ where: { id: s.offer.id }, data: { mentorId: actors.users.mentor.id } });
    const app = await prisma.application.update({
      where: { id: s.apps[0].id },
      data: { applicantId: actors.users.technician.id },
    });
    const [proposal] = await rawProposals(s.edition.id, actors.users.mentor.id, s.secretariat.id, [app.id]);
    return { ...s, proposal };
  }
  const cases: Case[] = [
    {
      name: "loadMatchingBoard",
      allowed: secretariatOnly,
      setup: async () => {
        const s = await matchingScenario();
        return (v) => loadMatchingBoard(v, s.edition.id);
      },
    },
    {
      name: "suggestForEdition",
      allowed: secretariatOnly,
      setup: async () => {
        const s = await matchingScenario();
        return (v) => suggestForEdition(v, s.edition.id);
      },
    },
    {
      name: "saveMatchingWeights",
      allowed: secretariatOnly,
      setup: async () => {
        const s = await matchingScenario();
        return (v) =>
          saveMatchingWeights(v, s.edition.id, { topics: 60, preferred: 10, proximity: 20, size: 5, balance: 5 });
      },
    },
    {
      name: "sendProposals",
      allowed: secretariatOnly,
      setup: async () => {
        const s = await matchingScenario();
        return (v) =>
          sendProposals(v, {
            editionId: s.edition.id,
            items: [{ applicationId: s.apps[0].id, mentorId: s.mentor.id }],
          });
      },
    },
    {
      name: "withdrawProposal",
      allowed: secretariatOnly,
      setup: async () => {
        const s = await proposalFor();
        return (v) => withdrawProposal(v, s.proposal.id);
      },
    },
    {
      name: "pairsCsv",
      allowed: secretariatOnly,
      setup: async () => {
        const s = await matchingScenario();
        return (v) => pairsCsv(v, s.edition.id, translatorFor("ca"));
      },
    },
    {
      name: "acceptProposal (its mentor only)",
      allowed: ["mentor"],
      setup: async () => {
        const s = await proposalFor();
        return (v) => acceptProposal(v, s.proposal.id);
      },
    },
    {
      name: "declineProposal (its mentor only)",
      allowed: ["mentor"],
      setup: async () => {
        const s = await proposalFor();
        return (v) => declineProposal(v, { proposalId: s.proposal.id });
      },
    },
  ];

  for (const testCase of cases) {
    it(`${testCase.name}: only ${testCase.allowed.join(", ")}; refused calls change nothing`, async () => {
      for (const actor of ACTORS.filter((a) => !testCase.allowed.includes(a))) {
        const call = await testCase.setup();
        const before = await databaseFingerprint();
        await expect(call(actors.viewers[actor])).rejects.toMatchObject({ name: "AppError" });
        expect(await databaseFingerprint()).toBe(before);
      }
      for (const actor of testCase.allowed) {
        const call = await testCase.setup();
        await expect(call(actors.viewers[actor])).resolves.toBeDefined();
      }
    });
  }

  it("a mentor sees only proposals addressed to them", async () => {
    const s = await proposalFor();
    expect(await getMyProposal(actors.viewers.otherTechnician!, s.proposal.id)).toBeNull();
    expect(await getMyProposal(actors.viewers.technician!, s.proposal.id)).toBeNull();
    expect((await listMyProposals(actors.viewers.otherTechnician!)).map((p) => p.id)).not.toContain(s.proposal.id);
    expect(await getMyProposal(actors.viewers.mentor!, s.proposal.id)).not.toBeNull();
  });
});
