import "server-only";
import { nullsLast, sortable } from "@/lib/sorting";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { sendFitxaChangesRequested, sendFitxaPublished, sendFitxaSubmitted } from "@/lib/email/senders/mentorship";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageByIds } from "@/lib/pagination";
import { z } from "@/lib/zod";
import { mentorshipAccess, partyAccess } from "./access";
import { recordMentorshipEvent } from "./audit";
import { completeIfDone } from "./closure";
import { recordSheetDraftSchema, recordSheetSubmitSchema, reviewSchema, type RecordSheetInput } from "./schema";

const person = { select: { id: true, email: true, name: true, locale: true } } as const;

/**
 * The fitxa of a mentorship, for its two parties and the secretariat only (anyone else: not
 * found), with whether the person may edit it: the mentee, while the mentorship is closing and
 * the fitxa is a draft or has changes requested.
 */
export async function getRecordSheetForParty(actor: Viewer | null, mentorshipId: string) {
  const { role, mentorship } = await mentorshipAccess(prisma, actor, mentorshipId);
  const sheet = await prisma.recordSheet.findUnique({
    where: { mentorshipId },
    include: { topics: { select: { id: true } } },
  });
  const editable =
    role === "MENTEE" &&
    mentorship.status === "CLOSING" &&
    (!sheet || sheet.status === "DRAFT" || sheet.status === "CHANGES_REQUESTED");
  return { role, sheet, editable, closing: mentorship.status === "CLOSING" };
}

/**
 * The mentee documents the mentorship in the fitxa: a draft, then a submission for the
 * secretariat's review. Editable while it is a draft or changes were requested.
 */
export async function saveRecordSheet(
  actor: Viewer | null,
  input: { mentorshipId: string; submit: boolean; values: RecordSheetInput },
  now = new Date(),
) {
  const values = (input.submit ? recordSheetSubmitSchema : recordSheetDraftSchema).parse(input.values);
  return prisma.$transaction(async (tx) => {
    const { role, mentorship } = await partyAccess(tx, actor, input.mentorshipId);
    if (role !== "MENTEE") throw forbidden({ key: "recordSheet.fitxaDocumentaPersonaRebut" });
    if (mentorship.status !== "CLOSING") throw conflict({ key: "recordSheet.fitxaOmpleTancamentAcompanyament" });
    const sheet = await tx.recordSheet.upsert({
      where: { mentorshipId: mentorship.id },
      create: { mentorshipId: mentorship.id },
      update: {},
    });
    if (sheet.status !== "DRAFT" && sheet.status !== "CHANGES_REQUESTED") {
      throw conflict(
        sheet.status === "PUBLISHED"
          ? { key: "recordSheet.fitxaEstaPublicada" }
          : { key: "recordSheet.fitxaEstaEnviadaSecretaria" },
      );
    }
    const topics = await tx.topic.findMany({ where: { id: { in: values.topicIds } }, select: { id: true } });
    if (topics.length !== new Set(values.topicIds).size)
      throw invalid({ key: "invalidInput" }, { topicIds: [{ key: "common.chooseTopics" }] });
    const { topicIds, ...fields } = values;
    const { count } = await tx.recordSheet.updateMany({
      where: { id: sheet.id, status: sheet.status },
      data: { ...fields, ...(input.submit ? { status: "SUBMITTED", submittedAt: now } : {}) },
    });
    if (!count) throw conflict({ key: "recordSheet.fitxaCanviatMentrestantTorneu" });
    await tx.recordSheet.update({ where: { id: sheet.id }, data: { topics: { set: topicIds.map((id) => ({ id })) } } });
    if (input.submit) {
      await sendFitxaSubmitted(tx, {
        mentorshipId: mentorship.id,
        sheetId: sheet.id,
        title: fields.title,
        mentee: actor!.name ?? actor!.email,
      });
      await recordMentorshipEvent(tx, actor!.id, mentorship.id, "fitxa_submitted", { sheetId: sheet.id });
    }
    return { id: sheet.id, status: input.submit ? "SUBMITTED" : sheet.status };
  });
}

/** The secretariat asks for changes, with a note the mentee receives by email. */
export async function requestRecordSheetChanges(actor: Viewer | null, input: z.input<typeof reviewSchema>) {
  assertPermission(actor, "mentorship:oversee");
  const values = reviewSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.recordSheet.updateMany({
      where: { id: values.sheetId, status: "SUBMITTED" },
      data: { status: "CHANGES_REQUESTED", reviewNote: values.note, changesRequestedAt: new Date() },
    });
    if (!count) throw conflict({ key: "recordSheet.nomesPodenDemanarCanvis" });
    const sheet = await tx.recordSheet.findUniqueOrThrow({
      where: { id: values.sheetId },
      select: { mentorshipId: true, mentorship: { select: { mentee: person } } },
    });
    await sendFitxaChangesRequested(tx, sheet.mentorship.mentee, {
      mentorshipId: sheet.mentorshipId,
      note: values.note,
    });
    await recordMentorshipEvent(tx, actor.id, sheet.mentorshipId, "fitxa_changes_requested", {
      sheetId: values.sheetId,
    });
    return { id: values.sheetId };
  });
}

/** The secretariat publishes a submitted fitxa: it goes to the public catalogue. */
export async function publishRecordSheet(actor: Viewer | null, sheetId: string, now = new Date()) {
  assertPermission(actor, "mentorship:oversee");
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.recordSheet.updateMany({
      where: { id: sheetId, status: "SUBMITTED" },
      data: { status: "PUBLISHED", publishedAt: now, publishedById: actor.id, reviewNote: null },
    });
    if (!count) throw conflict({ key: "recordSheet.nomesPotPublicarFitxa" });
    const sheet = await tx.recordSheet.findUniqueOrThrow({
      where: { id: sheetId },
      select: { title: true, mentorshipId: true, mentorship: { select: { mentor: person, mentee: person } } },
    });
    await sendFitxaPublished(tx, {
      mentorshipId: sheet.mentorshipId,
      sheetId,
      title: sheet.title,
      parties: [sheet.mentorship.mentee, sheet.mentorship.mentor],
    });
    await recordMentorshipEvent(tx, actor.id, sheet.mentorshipId, "fitxa_published", { sheetId });
    await completeIfDone(tx, sheet.mentorshipId, now);
    return { id: sheetId };
  });
}

export const RECORD_SHEETS_PAGE_SIZE = 50;

/** The orders of the secretariat's fitxes list (`?ordre=`); the last sent first by default. */
export const recordSheetsSort = sortable<Prisma.RecordSheetOrderByWithRelationInput>(
  {
    titol: (d) => [{ title: d }],
    persona: (d) => [{ mentorship: { mentee: { name: d } } }],
    convocatoria: (d) => [{ mentorship: { edition: { year: d } } }, { submittedAt: nullsLast("desc") }],
    estat: (d) => [{ status: d }, { submittedAt: nullsLast("desc") }],
    enviada: (d) => [{ submittedAt: nullsLast(d) }],
  },
  { key: "enviada", direction: "desc" },
  (d) => ({ id: d }),
);

/** The secretariat's list of fitxes (all but drafts by default), in the order asked, one page at a time. */
export async function listRecordSheetsForReview(
  actor: Viewer | null,
  { status, pagina, ordre }: { status?: string; pagina?: string; ordre?: string } = {},
) {
  assertPermission(actor, "mentorship:oversee");
  const valid = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "PUBLISHED"] as const;
  const where: Prisma.RecordSheetWhereInput = valid.includes(status as (typeof valid)[number])
    ? { status: status as (typeof valid)[number] }
    : { status: { not: "DRAFT" } };
  const sort = recordSheetsSort.read(ordre);
  const orderBy = recordSheetsSort.orderBy(sort);
  const page = await pageByIds(pagina, RECORD_SHEETS_PAGE_SIZE, {
    count: () => prisma.recordSheet.count({ where }),
    ids: (skip, take) => prisma.recordSheet.findMany({ where, orderBy, skip, take, select: { id: true } }),
    rows: (ids) =>
      prisma.recordSheet.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          title: true,
          status: true,
          submittedAt: true,
          publishedAt: true,
          mentorship: { select: { id: true, mentee: { select: { name: true } }, edition: { select: { name: true } } } },
        },
      }),
  });
  return { ...page, sort };
}

export async function getRecordSheetForReview(actor: Viewer | null, sheetId: string) {
  assertPermission(actor, "mentorship:oversee");
  const sheet = await prisma.recordSheet.findUnique({
    where: { id: sheetId },
    include: {
      topics: { select: { name: true } },
      mentorship: {
        select: {
          id: true,
          mentee: { select: { name: true } },
          mentor: { select: { name: true } },
          edition: { select: { name: true } },
        },
      },
    },
  });
  if (!sheet) throw notFound();
  return sheet;
}
