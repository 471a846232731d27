"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Button, Input, TextArea } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { AgreementInput } from "@/lib/mentorships/schema";
import { draftAgreementAction, firstContactAction } from "./actions";

export function AgreementForm({
  defaults,
  limitText,
  startText,
  earliest,
}: {
  defaults: AgreementInput;
  limitText: string;
  startText: string;
  earliest: string;
}) {
  const router = useRouter();
  const { form, onSubmit, formError, error, pending } = useActionForm({
    schema: () => import("@/lib/mentorships/schema").then((m) => m.agreementSchema),
    action: draftAgreementAction,
    defaultValues: defaults,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextArea label="Objectius" rows={4} required error={error("objectives")} {...form.register("objectives")} />
      <TextArea
        label="Activitats principals"
        rows={4}
        required
        error={error("activities")}
        {...form.register("activities")}
      />
      <TextArea
        label="Trobades previstes"
        help="Quantes, de quin tipus i quan, aproximadament."
        rows={3}
        required
        error={error("plannedMeetings")}
        {...form.register("plannedMeetings")}
      />
      <Input
        label="Data d'inici pactada"
        type="date"
        min={earliest}
        help={startText}
        error={error("startOn")}
        {...form.register("startOn")}
      />
      <Input
        label="Data de finalització pactada"
        type="date"
        required
        help={limitText}
        error={error("endOn")}
        {...form.register("endOn")}
      />
      <Button pending={pending}>Desa l&apos;acord i envia&apos;l a confirmar</Button>
    </form>
  );
}

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
  const router = useRouter();
  const { form, onSubmit, formError, error, pending } = useActionForm({
    schema: () => import("@/lib/mentorships/schema").then((m) => m.firstContactSchema),
    action: firstContactAction,
    defaultValues: { mentorshipId, date: today },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Input
        id="first-contact-date"
        label="Data del primer contacte"
        type="date"
        min={earliest}
        max={today}
        help={`Des del ${earliestText} (acceptació de la proposta) fins avui.`}
        error={error("date")}
        {...form.register("date")}
      />
      <Button pending={pending}>Registra el primer contacte</Button>
    </form>
  );
}
