"use server";

import { defineAction } from "@/lib/actions/safe-action";
import { confirmAgreement, draftAgreement, recordFirstContact } from "@/lib/mentorships/agreement";
import { cancelMentorship, confirmCompletion, submitEvaluation } from "@/lib/mentorships/closure";
import { replyToCommunication, sendCommunication } from "@/lib/mentorships/communications";
import { answerExtension, proposeExtension } from "@/lib/mentorships/extensions";
import { cancelMeeting, updateMeeting } from "@/lib/mentorships/meeting-changes";
import { confirmMeeting, logMeeting } from "@/lib/mentorships/meetings";
import { saveRecordSheet } from "@/lib/mentorships/record-sheet";
import {
  agreementSchema,
  answerExtensionSchema,
  cancelSchema,
  communicationSchema,
  completionSchema,
  confirmAgreementSchema,
  evaluationSchema,
  extensionSchema,
  firstContactSchema,
  meetingCancelSchema,
  meetingChangeSchema,
  meetingSchema,
  recordSheetFormSchema,
  replySchema,
} from "@/lib/mentorships/schema";
import { z } from "@/lib/zod";

const id = z.string().min(1).max(40);

// Parties' actions: "signed-in" here, and the use case checks that the person is a party (or
// the secretariat where allowed) of this very mentorship.
export const firstContactAction = defineAction("signed-in", firstContactSchema, async (input, { viewer }) =>
  recordFirstContact(viewer, input),
);
export const draftAgreementAction = defineAction("signed-in", agreementSchema, async (input, { viewer }) =>
  draftAgreement(viewer, input),
);
export const confirmAgreementAction = defineAction("signed-in", confirmAgreementSchema, async (input, { viewer }) =>
  confirmAgreement(viewer, input),
);
export const logMeetingAction = defineAction("signed-in", meetingSchema, async (input, { viewer }) =>
  logMeeting(viewer, input),
);
export const confirmMeetingAction = defineAction("signed-in", z.object({ meetingId: id }), async (input, { viewer }) =>
  confirmMeeting(viewer, input.meetingId),
);
export const changeMeetingAction = defineAction("signed-in", meetingChangeSchema, async (input, { viewer }) =>
  updateMeeting(viewer, input),
);
export const cancelMeetingAction = defineAction("signed-in", meetingCancelSchema, async (input, { viewer }) =>
  cancelMeeting(viewer, input),
);
export const proposeExtensionAction = defineAction("signed-in", extensionSchema, async (input, { viewer }) =>
  proposeExtension(viewer, input),
);
export const answerExtensionAction = defineAction("signed-in", answerExtensionSchema, async (input, { viewer }) =>
  answerExtension(viewer, input),
);
export const sendCommunicationAction = defineAction("signed-in", communicationSchema, async (input, { viewer }) =>
  sendCommunication(viewer, input),
);
export const replyCommunicationAction = defineAction("signed-in", replySchema, async (input, { viewer }) =>
  replyToCommunication(viewer, input),
);
export const confirmCompletionAction = defineAction("signed-in", completionSchema, async (input, { viewer }) =>
  confirmCompletion(viewer, input),
);
export const cancelMentorshipAction = defineAction("signed-in", cancelSchema, async (input, { viewer }) =>
  cancelMentorship(viewer, input),
);
export const evaluationAction = defineAction("signed-in", evaluationSchema, async (input, { viewer }) =>
  submitEvaluation(viewer, input),
);
export const saveRecordSheetAction = defineAction(
  "signed-in",
  recordSheetFormSchema,
  async ({ mentorshipId, mode, values }, { viewer }) => {
    await saveRecordSheet(viewer, { mentorshipId, submit: mode === "submit", values });
    return { submitted: mode === "submit" };
  },
);
