import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ActionButton";
import { ButtonLink } from "@/components/admin";
import { isoDay, madridDay, madridTime } from "@/lib/dates";
import { useFormatDay } from "@/lib/i18n/use-format-day";
import type { Waiting } from "@/lib/mentorships/next-step";
import { waitingFor } from "@/lib/mentorships/next-step";
import { confirmMeetingAction } from "../actions";
import { FirstContactForm } from "../AgreementForm";
import { useChecklistLabel, useOtherRoleLabel, type SectionProps } from "./types";

type T = ReturnType<typeof useTranslations<"mentorship">>;

/**
 * The top of the page for a party: the one thing to do now, with its button or form, and what
 * the other party still has to do. The secretariat sees where the pair stands instead.
 */
export function NextStepCard(props: SectionProps) {
  const { view, viewerId, now, step } = props;
  const t = useTranslations("mentorship");
  const day = useFormatDay();
  const other = useOtherRoleLabel(view.role);
  const m = view.mentorship;
  const all = waitingFor(view, viewerId, now);
  const waiting = all.filter((w) => w.kind !== "fitxa-review");
  const inReview = all.length > waiting.length;
  return (
    <section
      aria-labelledby="next-step-heading"
      className="rounded-lg border-2 border-brand-700 bg-brand-50 p-4 shadow-sm sm:p-5"
    >
      <h2 id="next-step-heading" className="text-lg font-semibold">
        {t(step.kind === "oversee" ? "next.situation" : "next.whatNow")}
      </h2>
      <div className="mt-2 space-y-3">
        <StepBody {...props} />
      </div>
      {waiting.length ? (
        <div className="mt-3 border-t border-line pt-3 text-sm">
          <p className="font-semibold">{other}:</p>
          <ul className="list-disc pl-5">
            {waiting.map((w, i) => (
              <li key={i}>{waitingText(w, t, day)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {inReview ? <p className="mt-3 text-sm">{t("next.fitxaInReview")}</p> : null}
      {step.kind === "oversee" ? (
        <p className="mt-2 text-sm">
          {t("next.overseeSummary", {
            done: view.checklist.filter((c) => c.done).length,
            total: view.checklist.length,
            start: day(view.start),
            end: day(m.endOn ?? view.period.end),
          })}
        </p>
      ) : null}
    </section>
  );
}

function StepBody({ view, step }: SectionProps) {
  const t = useTranslations("mentorship.next");
  const day = useFormatDay();
  const m = view.mentorship;
  const today = isoDay(madridDay());
  const page = `/acompanyaments/${m.id}`;
  switch (step.kind) {
    case "first-contact":
      return (
        <>
          <p>{t("firstContact", { mentor: m.mentor.name ?? "" })}</p>
          <FirstContactForm
            mentorshipId={m.id}
            today={today}
            earliest={isoDay(view.period.accepted)}
            earliestText={day(view.period.accepted)}
          />
        </>
      );
    case "confirm-agreement":
      return (
        <>
          <p>{t("confirmAgreement")}</p>
          <ButtonLink href={`${page}#acord`}>{t("confirmAgreementAction")}</ButtonLink>
        </>
      );
    case "confirm-meeting":
      return (
        <>
          <p>{t("confirmMeeting", { day: day(madridDay(step.startsAt)), time: madridTime(step.startsAt) })}</p>
          <ActionButton
            action={confirmMeetingAction}
            input={{ meetingId: step.meetingId }}
            label={t("confirmMeetingAction")}
          />
        </>
      );
    case "answer-extension":
      return (
        <>
          <p>{t("answerExtension", { day: day(step.newEndOn) })}</p>
          <ButtonLink href={`${page}#ampliacio`}>{t("answerExtensionAction")}</ButtonLink>
        </>
      );
    case "draft-agreement":
      return (
        <>
          <p>{t("draftAgreement")}</p>
          <ButtonLink href={`${page}#acord`}>{t("draftAgreementAction")}</ButtonLink>
        </>
      );
    case "log-meeting":
      return (
        <>
          <p>
            {t("logMeeting", {
              required: step.required,
              counted: step.counted,
              inPerson: view.compliance.inPerson ? "yes" : "no",
            })}
          </p>
          <ButtonLink href={`${page}#trobades`}>{t("logMeetingAction")}</ButtonLink>
        </>
      );
    case "complete":
      return (
        <>
          <p>{t("complete")}</p>
          <ButtonLink href={`${page}#tancament`} variant="secondary">
            {t("completeAction")}
          </ButtonLink>
        </>
      );
    case "evaluate":
      return (
        <>
          <p>{t("evaluate")}</p>
          <ButtonLink href={`${page}#valoracio`}>{t("evaluateAction")}</ButtonLink>
        </>
      );
    case "fitxa":
      return (
        <>
          <p>{t(step.changesRequested ? "fitxaChanges" : "fitxaFill")}</p>
          <ButtonLink href={`${page}/fitxa`}>
            {t(step.changesRequested ? "fitxaChangesAction" : "fitxaFillAction")}
          </ButtonLink>
        </>
      );
    case "wait":
      return <p>{t("wait")}</p>;
    case "completed":
      return <p>{t("completed")}</p>;
    case "cancelled":
      return <p>{t("cancelled", { reason: m.cancelReason ?? "" })}</p>;
    case "oversee":
      return <Oversee view={view} />;
  }
}

function waitingText(w: Waiting, t: T, day: (date: Date) => string) {
  if (w.kind === "fitxa-review") return "";
  if (w.kind === "confirm-meeting") return t("waiting.confirm-meeting", { day: day(madridDay(w.startsAt)) });
  return t(`waiting.${w.kind}`);
}

/** For the secretariat: the first steps still pending. */
function Oversee({ view }: { view: SectionProps["view"] }) {
  const t = useTranslations("mentorship.next");
  const label = useChecklistLabel(view);
  const pending = view.checklist.filter((item) => !item.done).slice(0, 3);
  if (!pending.length) return <p>{t("allDone")}</p>;
  return (
    <ul className="space-y-1">
      {pending.map((item) => (
        <li key={item.key}>{t("pending", { item: label(item) })}</li>
      ))}
    </ul>
  );
}
