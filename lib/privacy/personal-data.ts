// Every text or JSON column of every table, and what it is with respect to personal data.
// "personal": erased or anonymised by lib/privacy/erase.ts when a person is erased.
// The db test fails when a column is added to the schema without being listed here.

type Kind = "personal" | "not-personal";
type Entry = { kind: Kind; why: string };

const P = (why: string): Entry => ({ kind: "personal", why });
const N = (why: string): Entry => ({ kind: "not-personal", why });

const ID = N("identifier");
const REF = N("reference to another record");

export const PERSONAL_DATA: Record<string, Record<string, Entry>> = {
  Municipality: { id: ID, name: N("public institution"), comarca: N("public geography"), emailDomains: N("institution's domains") },
  User: {
    id: N("kept so the history stays consistent, without identity"),
    email: P("anonymised"),
    name: P("erased"),
    image: P("erased"),
    position: P("erased"),
    phone: P("erased"),
    municipalityId: P("erased (with the name it would identify the person)"),
  },
  Topic: { id: ID, slug: N("catalogue"), name: N("catalogue") },
  Account: { id: ID, userId: REF, type: P("rows deleted"), provider: P("rows deleted"), providerAccountId: P("rows deleted"), refresh_token: P("rows deleted"), access_token: P("rows deleted"), token_type: P("rows deleted"), scope: P("rows deleted"), id_token: P("rows deleted"), session_state: P("rows deleted") },
  Session: { id: ID, sessionToken: P("rows deleted"), userId: REF },
  VerificationToken: { identifier: P("rows deleted"), token: P("rows deleted") },
  RateLimitEvent: { id: ID, bucket: N("kind of limit"), keyHash: N("one-way hash, purged after a day") },
  Edition: { id: ID, name: N("programme"), matchingWeights: N("settings"), reminderSettings: N("settings") },
  MentorOffer: { id: ID, editionId: REF, mentorId: REF, experience: P("erased"), travelArea: P("erased"), notes: P("erased") },
  Application: {
    id: ID,
    editionId: REF,
    applicantId: REF,
    municipalityId: N("the institution, kept for the programme's history"),
    currentPolicy: N("about the municipality"),
    planDetails: N("about the municipality"),
    budget: N("about the municipality"),
    team: N("about the municipality's team, no names asked"),
    goals: N("about the municipality"),
    availability: P("erased"),
  },
  ApplicationNeed: { id: ID, applicationId: REF, topicId: REF, description: N("about the municipality") },
  ApplicationPreferredMentor: { applicationId: REF, mentorId: REF },
  Proposal: { id: ID, editionId: REF, applicationId: REF, mentorId: REF, message: N("the secretariat's message"), declineReason: P("erased when the mentor is erased"), createdById: REF },
  Mentorship: { id: ID, editionId: REF, proposalId: REF, applicationId: REF, mentorId: REF, menteeId: REF, cancelReason: P("erased when written by the person"), closingReason: P("erased"), cancelledById: REF },
  Agreement: { id: ID, mentorshipId: REF, objectives: N("the work plan, about the municipality"), activities: N("the work plan"), plannedMeetings: N("the work plan"), draftedById: REF, confirmedById: REF },
  Meeting: { id: ID, mentorshipId: REF, place: P("erased when logged by the person"), summary: P("erased when logged by the person"), cancelReason: P("erased when logged by the person"), loggedById: REF, confirmedById: REF },
  Extension: { id: ID, mentorshipId: REF, reason: P("erased when written by the person"), proposedById: REF, respondedById: REF },
  Communication: { id: ID, mentorshipId: REF, senderId: REF, subject: P("erased when sent by the person") },
  CommunicationMessage: { id: ID, communicationId: REF, authorId: REF, body: P("erased when written by the person") },
  Evaluation: { id: ID, mentorshipId: REF, authorId: REF, comments: P("erased") },
  RecordSheet: {
    id: ID,
    mentorshipId: REF,
    title: N("public fitxa, no personal data by design"),
    context: N("public fitxa"),
    objectives: N("public fitxa"),
    activities: N("public fitxa"),
    results: N("public fitxa"),
    lessons: N("public fitxa"),
    resources: N("public fitxa"),
    reviewNote: N("the secretariat's note"),
    publishedById: REF,
  },
  EmailMessage: {
    id: ID,
    template: N("kind of email"),
    toEmail: P("anonymised"),
    toUserId: REF,
    subject: P("the person's name is removed"),
    html: P("erased"),
    text: P("erased"),
    headers: P("erased"),
    attachments: P("erased"),
    payload: P("erased"),
    lastError: N("delivery error"),
    providerId: N("provider's reference"),
    idempotencyKey: N("random key"),
    dedupeKey: N("record identifiers"),
  },
  MailboxMessage: { id: ID, emailId: REF, to: P("anonymised"), subject: P("the person's name is removed"), html: P("erased"), text: P("erased"), headers: P("erased"), attachments: P("erased") },
  AuditEvent: { id: ID, actorId: REF, action: N("kind of action"), entityType: N("kind of record"), entityId: REF, data: P("erased for the person's own events") },
};
