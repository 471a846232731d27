import { addDays, addMonths, isoDay, madridDay } from "@/lib/dates";
import { draftAgreement, recordFirstContact } from "@/lib/mentorships/agreement";
import { confirmCompletion, submitEvaluation } from "@/lib/mentorships/closure";
import { logMeeting } from "@/lib/mentorships/meetings";
import { nextStep, waitingFor } from "@/lib/mentorships/next-step";
import { getMentorshipView } from "@/lib/mentorships/view";
import type { User } from "@/lib/generated/prisma/client";
import { viewerOf } from "../support/actors";
import { mentorshipScenario } from "../support/mentorship-fixtures";

const text = (s: string) => `${s} ${"amb prou detall per a la prova. ".repeat(2)}`;

async function stepOf(person: User, mentorshipId: string) {
  const view = await getMentorshipView(viewerOf(person), mentorshipId);
  return { step: nextStep(view, person.id).kind, waiting: waitingFor(view, person.id).map((w) => w.kind) };
}

// The mentorship page leads with one next action for each party, through the programme's cycle.
describe("the next step of each party", () => {
  it("follows first contact → agreement → meetings → completion → evaluation → fitxa", async () => {
    const s = await mentorshipScenario();
    const id = s.mentorship.id;
    expect(await stepOf(s.mentee, id)).toEqual({ step: "first-contact", waiting: [] });
    expect(await stepOf(s.mentor, id)).toEqual({ step: "draft-agreement", waiting: ["first-contact"] });
    expect(await stepOf(s.secretariat, id)).toEqual({ step: "oversee", waiting: [] });

    await recordFirstContact(viewerOf(s.mentee), { mentorshipId: id, date: isoDay(madridDay()) });
    expect((await stepOf(s.mentee, id)).step).toBe("draft-agreement");

    await draftAgreement(viewerOf(s.mentee), {
      mentorshipId: id,
      objectives: text("O"),
      activities: text("A"),
      plannedMeetings: text("T"),
      endOn: isoDay(addMonths(madridDay(), 6)),
    });
    expect(await stepOf(s.mentee, id)).toEqual({ step: "log-meeting", waiting: ["confirm-agreement"] });
    expect((await stepOf(s.mentor, id)).step).toBe("confirm-agreement");
  });

  it("puts what the other party waits for first: a held meeting to confirm", async () => {
    const s = await mentorshipScenario({ status: "ACTIVE" });
    const id = s.mentorship.id;
    await logMeeting(viewerOf(s.mentee), {
      mentorshipId: id,
      date: isoDay(addDays(madridDay(), -1)),
      time: "10:00",
      durationMin: "60",
      mode: "IN_PERSON",
      place: "Ajuntament",
      summary: "",
    });
    expect((await stepOf(s.mentor, id)).step).toBe("confirm-meeting");
    expect((await stepOf(s.mentee, id)).waiting).toEqual(["confirm-meeting"]);
  });

  it("in the closure, asks each party for the evaluation and then the mentee for the fitxa", async () => {
    const s = await mentorshipScenario({ status: "ACTIVE" });
    const id = s.mentorship.id;
    const reason = "Hem assolit els objectius abans del previst.";
    await confirmCompletion(viewerOf(s.mentee), { mentorshipId: id, reason });
    expect(await stepOf(s.mentee, id)).toMatchObject({ waiting: ["complete"] });
    await confirmCompletion(viewerOf(s.mentor), { mentorshipId: id, reason });
    expect(await stepOf(s.mentee, id)).toEqual({ step: "evaluate", waiting: ["evaluate"] });
    await submitEvaluation(viewerOf(s.mentee), {
      mentorshipId: id,
      usefulness: "5",
      relationship: "5",
      goalsAchieved: "4",
      organisation: "4",
      comments: "",
      wouldRecommend: "true",
    });
    expect(await stepOf(s.mentee, id)).toEqual({ step: "fitxa", waiting: ["evaluate"] });
    expect(await stepOf(s.mentor, id)).toEqual({ step: "evaluate", waiting: ["fitxa"] });
  });
});
