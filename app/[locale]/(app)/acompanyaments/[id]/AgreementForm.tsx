"use client";

import { Input, TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import type { AgreementInput } from "@/lib/mentorships/schema";
import { draftAgreementAction, firstContactAction } from "./actions";
import { FormFrame, type Disclosure } from "@/components/form/FormFrame";

/** Either party drafts (or changes) the agreement; the other confirms it. */
export function AgreementForm({
  defaults,
  limitText,
  startText,
  earliest,
  disclosure,
}: {
  defaults: AgreementInput;
  limitText: string;
  startText: string;
  earliest: string;
  disclosure?: Disclosure;
}) {
  const server = useServerForm({
    action: draftAgreementAction,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.agreementSchema),
    defaults: { ...defaults, startOn: defaults.startOn ?? "" },
  });
  const { field } = server;
  return (
    <FormFrame server={server} disclosure={disclosure} className="space-y-4">
      <input type="hidden" {...field("mentorshipId")} />
      <TextArea label="Objectius" rows={4} required {...field("objectives")} />
      <TextArea label="Activitats principals" rows={4} required {...field("activities")} />
      <TextArea
        label="Trobades previstes"
        help="Quantes, de quin tipus i quan, aproximadament."
        rows={3}
        required
        {...field("plannedMeetings")}
      />
      <Input label="Data d'inici pactada" type="date" min={earliest} help={startText} {...field("startOn")} />
      <Input label="Data de finalització pactada" type="date" required help={limitText} {...field("endOn")} />
      <SubmitButton pendingLabel="S'està desant…">Desa l&apos;acord i envia&apos;l a confirmar</SubmitButton>
    </FormFrame>
  );
}

/** The mentee records the day of the first contact with the mentor. */
export function FirstContactForm({
  mentorshipId,
  today,
  earliest,
  earliestText,
}: {
  mentorshipId: string;
  today: string;
  earliest: string;
  earliestText: string;
}) {
  const server = useServerForm({
    action: firstContactAction,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.firstContactSchema),
    defaults: { mentorshipId, date: today },
  });
  const { field } = server;
  return (
    <FormFrame server={server} className="flex flex-wrap items-end gap-3">
      <input type="hidden" {...field("mentorshipId")} />
      <Input
        id="first-contact-date"
        label="Data del primer contacte"
        type="date"
        min={earliest}
        max={today}
        help={`Des del ${earliestText} (acceptació de la proposta) fins avui.`}
        {...field("date")}
      />
      <SubmitButton pendingLabel="S'està desant…">Registra el primer contacte</SubmitButton>
    </FormFrame>
  );
}
