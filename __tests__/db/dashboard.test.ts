import { prisma } from "@/lib/db/client";
import { getDashboard } from "@/lib/reports/dashboard";
import { viewerOf } from "../support/actors";
import { createPerson } from "../support/factories";
import { mentorshipScenario } from "../support/mentorship-fixtures";

describe("the secretariat's dashboard", () => {
  it("counts the edition's meetings, evaluations and fitxes by status, and no other edition's", async () => {
    const { edition, secretariat, mentor, mentee, mentorship } = await mentorshipScenario({ status: "CLOSING" });
    // A second mentorship of the same edition, and one of another edition that must not count.
    const secondMentee = await createPerson();
    const application = await prisma.application.create({
      data: {
        editionId: edition.id,
        applicantId: secondMentee.id,
        municipalityId: secondMentee.municipalityId!,
        status: "SUBMITTED",
        submittedAt: new Date(),
      },
    });
    const proposal = await prisma.proposal.create({
      data: {
        editionId: edition.id,
        applicationId: application.id,
        mentorId: mentor.id,
        createdById: secretariat.id,
        status: "ACCEPTED",
        respondBy: new Date(),
      },
    });
    const second = await prisma.mentorship.create({
      data: {
        editionId: edition.id,
        proposalId: proposal.id,
        applicationId: application.id,
        mentorId: mentor.id,
        menteeId: secondMentee.id,
        status: "COMPLETED",
        acceptedAt: mentorship.acceptedAt,
        agreedStartOn: mentorship.agreedStartOn,
      },
    });
    const other = await mentorshipScenario({ mentor, status: "ACTIVE" });

    const meeting = (mentorshipId: string, days: number) => ({
      mentorshipId,
      startsAt: new Date(Date.UTC(2026, 10, days, 9)),
      mode: "ONLINE" as const,
      loggedById: mentor.id,
    });
    await prisma.meeting.createMany({
      data: [
        meeting(mentorship.id, 2),
        meeting(mentorship.id, 9),
        meeting(second.id, 3),
        meeting(other.mentorship.id, 4),
      ],
    });
    const evaluation = (mentorshipId: string, authorId: string, authorRole: "MENTOR" | "MENTEE") => ({
      mentorshipId,
      authorId,
      authorRole,
      usefulness: 4,
      relationship: 4,
      goalsAchieved: 3,
      organisation: 4,
      wouldRecommend: true,
    });
    await prisma.evaluation.createMany({
      data: [
        evaluation(mentorship.id, mentor.id, "MENTOR"),
        evaluation(mentorship.id, mentee.id, "MENTEE"),
        evaluation(second.id, mentor.id, "MENTOR"),
        evaluation(other.mentorship.id, mentor.id, "MENTOR"),
      ],
    });
    await prisma.recordSheet.createMany({
      data: [
        { mentorshipId: mentorship.id, status: "SUBMITTED" },
        { mentorshipId: second.id, status: "PUBLISHED" },
        { mentorshipId: other.mentorship.id, status: "SUBMITTED" },
      ],
    });

    const d = await getDashboard(viewerOf(secretariat), edition.id);
    expect(d.figures.meetings).toMatchObject({ logged: 3, mentorships: 2 });
    expect(d.figures.evaluations).toBe(3);
    expect(d.figures.fitxes).toEqual({ submitted: 1, changes: 0, published: 1 });
    expect(d.figures.mentorships).toMatchObject({ CLOSING: 1, COMPLETED: 1, ACTIVE: 0 });
    expect(d.attention.find((a) => a.key === "fitxes")?.count).toBe(1);
    expect(d.funnel.find((f) => f.label === "Acompanyaments")?.value).toBe(2);

    // The past editions' row (the chart and table of the last six editions).
    const submitted = await prisma.application.count({ where: { editionId: edition.id, status: "SUBMITTED" } });
    expect(d.history.find((h) => h.id === edition.id)).toMatchObject({
      applications: submitted,
      mentorships: 2,
      completed: 1,
      fitxes: 1,
    });
    expect(d.history.find((h) => h.id === other.edition.id)).toMatchObject({ mentorships: 1, completed: 0, fitxes: 0 });
    // The six latest editions, oldest first, closed ones (read apart, and cached by the page) and
    // the others together.
    await prisma.edition.update({ where: { id: other.edition.id }, data: { phase: "CLOSED" } });
    const latest = await prisma.edition.findMany({ orderBy: { year: "desc" }, take: 6, select: { id: true } });
    const again = await getDashboard(viewerOf(secretariat), edition.id);
    expect(again.history.map((h) => h.id)).toEqual(latest.map((e) => e.id).reverse());
    expect(again.history.find((h) => h.id === other.edition.id)).toMatchObject({ mentorships: 1 });

    await prisma.recordSheet.update({ where: { mentorshipId: mentorship.id }, data: { status: "CHANGES_REQUESTED" } });
    expect((await getDashboard(viewerOf(secretariat), edition.id)).figures.fitxes).toEqual({
      submitted: 0,
      changes: 1,
      published: 1,
    });
  });
});
