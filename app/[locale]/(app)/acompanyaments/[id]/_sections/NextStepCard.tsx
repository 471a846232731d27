import { ActionButton } from "@/components/ActionButton";
import { ButtonLink } from "@/components/admin";
import { formatDay, isoDay, madridDay, madridTime } from "@/lib/dates";
import type { Waiting } from "@/lib/mentorships/next-step";
import { waitingFor } from "@/lib/mentorships/next-step";
import { confirmMeetingAction } from "../actions";
import { FirstContactForm } from "../AgreementForm";
import { otherRoleLabel, type SectionProps } from "./types";

/**
 * The top of the page for a party: the one thing to do now, with its button or form, and what
 * the other party still has to do. The secretariat sees where the pair stands instead.
 */
export function NextStepCard(props: SectionProps) {
  const { view, viewerId, now, step } = props;
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
        {step.kind === "oversee" ? "Situació" : "Què cal fer ara"}
      </h2>
      <div className="mt-2 space-y-3">
        <StepBody {...props} />
      </div>
      {waiting.length ? (
        <div className="mt-3 border-t border-line pt-3 text-sm">
          <p className="font-semibold">{otherRoleLabel(view.role)}:</p>
          <ul className="list-disc pl-5">
            {waiting.map((w, i) => (
              <li key={i}>{waitingText(w)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {inReview ? <p className="mt-3 text-sm">La secretaria revisa la fitxa de la mentoria.</p> : null}
      {step.kind === "oversee" ? (
        <p className="mt-2 text-sm">
          Passos fets: {view.checklist.filter((c) => c.done).length} de {view.checklist.length}. Inici:{" "}
          {formatDay(view.start)} · Finalització: {formatDay(m.endOn ?? view.period.end)}
        </p>
      ) : null}
    </section>
  );
}

function StepBody({ view, step }: SectionProps) {
  const m = view.mentorship;
  const today = isoDay(madridDay());
  switch (step.kind) {
    case "first-contact":
      return (
        <>
          <p>Poseu-vos en contacte amb la persona mentora ({m.mentor.name}) i, quan hàgiu parlat, registreu-ho aquí.</p>
          <FirstContactForm
            mentorshipId={m.id}
            today={today}
            earliest={isoDay(view.period.accepted)}
            earliestText={formatDay(view.period.accepted)}
          />
        </>
      );
    case "confirm-agreement":
      return (
        <>
          <p>
            L&apos;altra part ha redactat l&apos;acord (pla de treball). Llegiu-lo i, si hi esteu d&apos;acord,
            confirmeu-lo.
          </p>
          <ButtonLink href={`/acompanyaments/${m.id}#acord`}>Llegeix i confirma l&apos;acord</ButtonLink>
        </>
      );
    case "confirm-meeting":
      return (
        <>
          <p>
            L&apos;altra part ha registrat la trobada del {formatDay(madridDay(step.startsAt))}, a les{" "}
            {madridTime(step.startsAt)}. Confirmeu que s&apos;ha fet perquè compti per al requisit del programa.
          </p>
          <ActionButton
            action={confirmMeetingAction}
            input={{ meetingId: step.meetingId }}
            label="Confirmo que s'ha fet"
          />
        </>
      );
    case "answer-extension":
      return (
        <>
          <p>
            L&apos;altra part proposa ampliar l&apos;acompanyament fins al {formatDay(step.newEndOn)}. Llegiu-ne el
            motiu i responeu.
          </p>
          <ButtonLink href={`/acompanyaments/${m.id}#ampliacio`}>Respon la proposta d&apos;ampliació</ButtonLink>
        </>
      );
    case "draft-agreement":
      return (
        <>
          <p>
            Pacteu amb l&apos;altra part l&apos;acord (pla de treball): objectius, activitats, trobades previstes i data
            de finalització. Qualsevol de les dues parts el pot redactar; l&apos;altra el confirma.
          </p>
          <ButtonLink href={`/acompanyaments/${m.id}#acord`}>Redacta l&apos;acord</ButtonLink>
        </>
      );
    case "log-meeting":
      return (
        <>
          <p>
            Feu les trobades i registreu-les: el programa en demana {step.required}
            {view.compliance.inPerson ? " presencials" : ""}, confirmades per l&apos;altra part. Ara en teniu{" "}
            {step.counted}.
          </p>
          <ButtonLink href={`/acompanyaments/${m.id}#trobades`}>Registra una trobada</ButtonLink>
        </>
      );
    case "complete":
      return (
        <>
          <p>
            Ja teniu les trobades que demana el programa. Quan acabeu l&apos;acompanyament, confirmeu-ho; el tancament
            comença sol a la data de finalització pactada.
          </p>
          <ButtonLink href={`/acompanyaments/${m.id}#tancament`} variant="secondary">
            Vés al tancament
          </ButtonLink>
        </>
      );
    case "evaluate":
      return (
        <>
          <p>L&apos;acompanyament ha acabat. Valoreu-lo: són cinc preguntes i uns minuts.</p>
          <ButtonLink href={`/acompanyaments/${m.id}#valoracio`}>Valora l&apos;acompanyament</ButtonLink>
        </>
      );
    case "fitxa":
      return (
        <>
          <p>
            {step.changesRequested
              ? "La secretaria demana canvis a la fitxa de la mentoria."
              : "Ompliu la fitxa de la mentoria: el registre públic del que heu fet i après."}
          </p>
          <ButtonLink href={`/acompanyaments/${m.id}/fitxa`}>
            {step.changesRequested ? "Revisa la fitxa" : "Omple la fitxa"}
          </ButtonLink>
        </>
      );
    case "wait":
      return <p>Ara no teniu res pendent.</p>;
    case "completed":
      return <p>Acompanyament completat. Gràcies per la vostra participació!</p>;
    case "cancelled":
      return <p>Aquest acompanyament es va finalitzar abans d&apos;hora. Motiu: {m.cancelReason}</p>;
    case "oversee":
      return <Oversee view={view} />;
  }
}

function waitingText(w: Waiting) {
  switch (w.kind) {
    case "first-contact":
      return "ha de registrar el primer contacte";
    case "confirm-agreement":
      return "ha de confirmar l'acord";
    case "draft-agreement":
      return "ha de redactar l'acord";
    case "confirm-meeting":
      return `ha de confirmar la trobada del ${formatDay(madridDay(w.startsAt))}`;
    case "answer-extension":
      return "ha de respondre la proposta d'ampliació";
    case "complete":
      return "ha de confirmar que l'acompanyament s'ha completat";
    case "evaluate":
      return "ha d'enviar la seva valoració";
    case "fitxa":
      return "ha d'omplir la fitxa de la mentoria";
    case "fitxa-review":
      return "";
  }
}

/** For the secretariat: the first steps still pending. */
function Oversee({ view }: { view: SectionProps["view"] }) {
  const pending = view.checklist.filter((item) => !item.done).slice(0, 3);
  if (!pending.length) return <p>Tots els passos del programa estan fets.</p>;
  return (
    <ul className="space-y-1">
      {pending.map((item) => (
        <li key={item.key}>Pendent: {item.label}</li>
      ))}
    </ul>
  );
}
