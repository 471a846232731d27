import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import { Badge, Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import { requireViewer } from "@/lib/auth/guards";
import { formatDateTime, formatDay, isoDay, madridDay, madridTime } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { COMMUNICATION_KIND_LABELS, COMMUNICATION_STATUS_LABELS } from "@/lib/mentorships/communications";
import {
  EXTENSION_STATUS_LABELS,
  FITXA_STATUS_LABELS,
  MEETING_STATUS_LABELS,
  MENTORSHIP_STATUS_LABELS,
} from "@/lib/mentorships/labels";
import { MEETING_MODE_LABELS } from "@/lib/mentorships/meetings";
import { getMentorshipView } from "@/lib/mentorships/view";
import { answerExtensionAction, confirmAgreementAction, confirmMeetingAction } from "./actions";
import { CompletionForm } from "./CompletionForm";
import { AgreementForm, FirstContactForm } from "./AgreementForm";
import { EvaluationForm } from "./EvaluationForm";
import { FormDisclosure } from "./FormDisclosure";
import { MeetingForm } from "./MeetingForm";

export const metadata: Metadata = { title: "Acompanyament" };

type Props = { params: Promise<{ locale: string; id: string }> };

export default async function MentorshipPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/acompanyaments/${id}`);
  const view = await getMentorshipView(viewer, id).catch((error) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  const { mentorship: m, role, compliance } = view;
  const party = role !== "SECRETARIAT";
  const open = m.status === "AGREEING" || m.status === "ACTIVE";
  const now = new Date();
  const today = isoDay(madridDay(now));
  const limitText = `Com a màxim el ${formatDay(view.limit)} (${m.edition.maxDurationMonths} mesos des de l'inici, el ${formatDay(view.start)}), llevat d'una ampliació acordada.`;
  const accepted = isoDay(view.period.accepted);
  const startText = `Opcional. En blanc, l'acompanyament comença quan ho fixa la convocatòria (ara, el ${formatDay(view.start)}) i segueix els canvis de calendari. No pot ser anterior al ${formatDay(view.period.accepted)}, el dia que es va acceptar la proposta.`;
  const agreement = m.agreement;
  const pendingExtension = m.extensions.find((e) => e.status === "PENDING");
  const myEvaluation = m.evaluations.some((e) => e.authorRole === role);
  const myCompletion = role === "MENTOR" ? m.mentorConfirmedEndAt : role === "MENTEE" ? m.menteeConfirmedEndAt : null;

  return (
    <div className="space-y-6">
      <PageHeader
        title={`Acompanyament: ${m.mentee.name} i ${m.mentor.name}`}
        lead={
          <>
            {m.edition.name} ·{" "}
            <Badge tone={m.status === "CANCELLED" ? "grey" : "green"}>{MENTORSHIP_STATUS_LABELS[m.status]}</Badge>
          </>
        }
      />
      {m.status === "CANCELLED" ? (
        <Alert tone="info" title="Acompanyament finalitzat abans d'hora">
          {m.cancelReason}
        </Alert>
      ) : null}

      <div className="grid gap-6 md:grid-cols-2">
        {[
          ["Persona sol·licitant", m.mentee],
          ["Persona mentora", m.mentor],
        ].map(([label, p]) => {
          const person = p as typeof m.mentee;
          return (
            <Card key={label as string} title={label as string}>
              <Dl
                items={[
                  ["Nom", person.name],
                  ["Càrrec", person.position],
                  [
                    "Municipi",
                    person.municipality ? `${person.municipality.name} (${person.municipality.comarca})` : null,
                  ],
                  [
                    "Correu",
                    <a key="e" href={`mailto:${person.email}`}>
                      {person.email}
                    </a>,
                  ],
                  ["Telèfon", person.phone],
                ]}
              />
            </Card>
          );
        })}
      </div>

      <Card title="Passos">
        <ul className="space-y-1">
          {view.checklist.map((item) => (
            <li key={item.key} className="flex items-start gap-2">
              <span aria-hidden="true" className={item.done ? "text-brand-700" : "text-muted"}>
                {item.done ? "✔" : "○"}
              </span>
              <span>
                {item.label}
                <span className="sr-only">{item.done ? ": fet" : ": pendent"}</span>
              </span>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm">
          Proposta acceptada el {formatDay(view.period.accepted)} · Inici: {formatDay(view.start)}
          {view.period.followsEdition ? " (el de la convocatòria)" : " (pactat per la parella)"} · Finalització:{" "}
          {m.endOn
            ? `${formatDay(m.endOn)} (pactada)`
            : `${formatDay(view.period.end)} (per defecte, fins que es pacti l'acord)`}
        </p>
      </Card>

      <Card title="Primer contacte">
        {m.firstContactOn ? (
          <p>Primer contacte el {formatDay(m.firstContactOn)}.</p>
        ) : role === "MENTEE" && open ? (
          <div className="space-y-3">
            <p>Poseu-vos en contacte amb la persona mentora i registreu-ho aquí.</p>
            <FirstContactForm
              mentorshipId={m.id}
              today={today}
              earliest={accepted}
              earliestText={formatDay(view.period.accepted)}
            />
          </div>
        ) : (
          <p>La persona sol·licitant encara no ha registrat el primer contacte.</p>
        )}
      </Card>

      <Card title="Acord (pla de treball)">
        <div className="space-y-4">
          {agreement ? (
            <>
              <p>
                <Badge tone={agreement.status === "CONFIRMED" ? "green" : "amber"}>
                  {agreement.status === "CONFIRMED"
                    ? `Confirmat per ${agreement.confirmedBy?.name ?? ""}`
                    : "Pendent de confirmar"}
                </Badge>{" "}
                <span className="text-sm text-muted">
                  Versió {agreement.version}, redactada per {agreement.draftedBy.name}
                </span>
              </p>
              <Dl
                items={[
                  ["Objectius", agreement.objectives],
                  ["Activitats principals", agreement.activities],
                  ["Trobades previstes", agreement.plannedMeetings],
                  ["Inici", agreement.startOn ? formatDay(agreement.startOn) : "El de la convocatòria"],
                  ["Finalització", formatDay(agreement.endOn)],
                ]}
              />
              {party && open && agreement.status === "DRAFT" && agreement.draftedBy.id !== viewer.id ? (
                <ActionButton
                  action={confirmAgreementAction}
                  input={{ mentorshipId: m.id, version: agreement.version }}
                  label="Confirmo l'acord"
                />
              ) : null}
              {party && open && agreement.status === "DRAFT" && agreement.draftedBy.id === viewer.id ? (
                <p className="text-sm">L&apos;altra part l&apos;ha de confirmar.</p>
              ) : null}
            </>
          ) : (
            <p>Encara no hi ha acord. Qualsevol de les dues parts el pot redactar; l&apos;altra el confirma.</p>
          )}
          {party && open ? (
            <details open={!agreement}>
              <summary className="cursor-pointer font-semibold">
                {agreement ? "Modifica l'acord" : "Redacta l'acord"}
              </summary>
              <div className="mt-3">
                <AgreementForm
                  limitText={limitText}
                  startText={startText}
                  earliest={accepted}
                  defaults={{
                    mentorshipId: m.id,
                    startOn: agreement?.startOn ? isoDay(agreement.startOn) : "",
                    objectives: agreement?.objectives ?? "",
                    activities: agreement?.activities ?? "",
                    plannedMeetings: agreement?.plannedMeetings ?? "",
                    endOn: agreement ? isoDay(agreement.endOn) : isoDay(view.limit),
                  }}
                />
              </div>
            </details>
          ) : null}
        </div>
      </Card>

      <Card title="Trobades">
        <div className="space-y-4">
          <Alert tone={compliance.met ? "success" : "info"}>
            Requisit del programa: {compliance.required} trobades{compliance.inPerson ? " presencials" : ""}.
            Confirmades: {compliance.counted}
            {compliance.awaitingConfirmation ? `; pendents de confirmar: ${compliance.awaitingConfirmation}` : ""}.{" "}
            {compliance.met ? "Requisit complert." : ""}
          </Alert>
          {m.meetings.length ? (
            <ul className="space-y-3">
              {m.meetings.map((meeting) => {
                const due = meeting.startsAt <= now;
                return (
                  <li key={meeting.id} className="rounded border border-line p-3">
                    <p className="font-semibold">
                      {formatDay(madridDay(meeting.startsAt))}, {madridTime(meeting.startsAt)} ·{" "}
                      {MEETING_MODE_LABELS[meeting.mode]}{" "}
                      <Badge tone={meeting.confirmedAt ? "green" : "amber"}>
                        {meeting.confirmedAt
                          ? `Confirmada per ${meeting.confirmedBy?.name ?? ""}`
                          : due
                            ? "Pendent de confirmar"
                            : MEETING_STATUS_LABELS[meeting.status]}
                      </Badge>
                    </p>
                    <p className="text-sm text-muted">
                      {meeting.place ? `${meeting.place} · ` : ""}
                      registrada per {meeting.loggedBy.name}
                    </p>
                    {meeting.summary ? <p className="mt-1 whitespace-pre-line">{meeting.summary}</p> : null}
                    <div className="mt-2 flex flex-wrap items-center gap-3">
                      {!due ? (
                        <a href={`/${locale}/acompanyaments/${m.id}/trobades/${meeting.id}`} download>
                          Afegeix al calendari (.ics)
                        </a>
                      ) : null}
                      {party && due && !meeting.confirmedAt && meeting.loggedBy.id !== viewer.id ? (
                        <ActionButton
                          action={confirmMeetingAction}
                          input={{ meetingId: meeting.id }}
                          label="Confirmo que s'ha fet"
                          variant="secondary"
                        />
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ul>
          ) : (
            <p>Encara no hi ha cap trobada registrada.</p>
          )}
          {party && open ? (
            <MeetingForm
              mentorshipId={m.id}
              today={today}
              dateHelp={`Una trobada feta, des del ${formatDay(view.period.accepted)} (acceptació de la proposta) fins avui; una de prevista, fins al ${formatDay(view.period.end)}.`}
            />
          ) : null}
        </div>
      </Card>

      <Card title="Ampliació">
        <div className="space-y-4">
          {m.extensions.map((e) => (
            <div key={e.id} className="rounded border border-line p-3">
              <p className="font-semibold">
                Fins al {formatDay(e.newEndOn)} ·{" "}
                <Badge tone={e.status === "ACCEPTED" ? "green" : e.status === "PENDING" ? "amber" : "grey"}>
                  {EXTENSION_STATUS_LABELS[e.status]}
                </Badge>
              </p>
              <p className="text-sm text-muted">Proposada per {e.proposedBy.name}</p>
              <p className="whitespace-pre-line">{e.reason}</p>
              {party && open && e.status === "PENDING" && e.proposedBy.id !== viewer.id ? (
                <div className="mt-2 flex flex-wrap gap-3">
                  <ActionButton
                    action={answerExtensionAction}
                    input={{ extensionId: e.id, accept: true }}
                    label="Accepto l'ampliació"
                  />
                  <ActionButton
                    action={answerExtensionAction}
                    input={{ extensionId: e.id, accept: false }}
                    label="No l'accepto"
                    variant="secondary"
                  />
                </div>
              ) : null}
            </div>
          ))}
          {party && open && !pendingExtension ? (
            <FormDisclosure
              form="extension"
              props={{ mentorshipId: m.id, limitText: `Ha de ser posterior al ${formatDay(view.limit)}.` }}
              summary={
                <summary className="cursor-pointer font-semibold">
                  Proposa una ampliació més enllà de la durada màxima
                </summary>
              }
            >
              <p className="mt-2 text-sm text-muted">
                Només s&apos;aplica si l&apos;altra part l&apos;accepta explícitament. La secretaria en rebrà
                l&apos;avís.
              </p>
            </FormDisclosure>
          ) : null}
          {!m.extensions.length && !(party && open) ? <p>No hi ha cap ampliació.</p> : null}
        </div>
      </Card>

      <Card title="Comunicacions a la secretaria">
        <div className="space-y-4">
          {view.communications.map((c) => (
            <article key={c.id} className="rounded border border-line p-3" aria-labelledby={`c-${c.id}`}>
              <h3 id={`c-${c.id}`} className="font-semibold">
                {c.subject}{" "}
                <Badge tone={c.status === "OPEN" ? "amber" : c.status === "ANSWERED" ? "green" : "grey"}>
                  {COMMUNICATION_STATUS_LABELS[c.status]}
                </Badge>
              </h3>
              <p className="text-sm text-muted">{COMMUNICATION_KIND_LABELS[c.kind]}</p>
              <ol className="mt-2 space-y-2">
                {c.messages.map((msg) => (
                  <li
                    key={msg.id}
                    className={`rounded p-2 ${msg.author.role === "SECRETARIAT" ? "bg-brand-50" : "bg-surface"}`}
                  >
                    <p className="text-sm font-semibold">
                      {msg.author.role === "SECRETARIAT" ? `Secretaria (${msg.author.name})` : msg.author.name} ·{" "}
                      {formatDateTime(msg.createdAt)}
                    </p>
                    <p className="whitespace-pre-line">{msg.body}</p>
                  </li>
                ))}
              </ol>
              <FormDisclosure
                form="reply"
                className="mt-2"
                props={{ communicationId: c.id, secretariat: role === "SECRETARIAT" }}
                summary={
                  <summary className="cursor-pointer text-sm font-medium">
                    {role === "SECRETARIAT" ? "Respon" : "Afegeix un missatge"}
                  </summary>
                }
              />
            </article>
          ))}
          {party ? (
            <FormDisclosure
              form="communication"
              props={{ mentorshipId: m.id }}
              summary={
                <summary className="cursor-pointer font-semibold">
                  Nova comunicació (incidències, data de finalització pactada…)
                </summary>
              }
            />
          ) : null}
        </div>
      </Card>

      <Card title="Tancament">
        <div className="space-y-4">
          {m.status === "ACTIVE" && party ? (
            myCompletion ? (
              <p>
                Heu confirmat que l&apos;acompanyament s&apos;ha completat; falta que ho confirmi l&apos;altra part.
              </p>
            ) : (
              <>
                <p>
                  El tancament comença a la data de finalització pactada, o abans si les dues parts confirmen que
                  l&apos;acompanyament s&apos;ha completat.
                </p>
                <CompletionForm
                  mentorshipId={m.id}
                  early={Boolean(m.endOn && madridDay(now) < m.endOn && !m.closingReason)}
                  endText={m.endOn ? formatDay(m.endOn) : ""}
                />
              </>
            )
          ) : null}
          {m.status === "CLOSING" || m.status === "COMPLETED" ? (
            <Dl
              items={[
                [
                  "Valoració de la persona sol·licitant",
                  m.evaluations.some((e) => e.authorRole === "MENTEE") ? "Enviada" : "Pendent",
                ],
                [
                  "Valoració de la persona mentora",
                  m.evaluations.some((e) => e.authorRole === "MENTOR") ? "Enviada" : "Pendent",
                ],
                ["Fitxa", m.recordSheet ? FITXA_STATUS_LABELS[m.recordSheet.status] : "Pendent"],
              ]}
            />
          ) : null}
          {m.status === "CLOSING" && party && !myEvaluation ? (
            <section aria-labelledby="evaluation-heading" className="space-y-3">
              <h3 id="evaluation-heading" className="text-lg font-semibold">
                La vostra valoració
              </h3>
              <EvaluationForm mentorshipId={m.id} />
            </section>
          ) : null}
          {m.status === "CLOSING" && role === "MENTEE" ? (
            <p>
              <Link href={`/acompanyaments/${m.id}/fitxa`} className="font-semibold">
                {m.recordSheet?.status === "CHANGES_REQUESTED"
                  ? "Revisa la fitxa: la secretaria hi demana canvis"
                  : "Omple la fitxa de la mentoria"}
              </Link>
            </p>
          ) : null}
          {m.status === "COMPLETED" ? <Alert tone="success">Acompanyament completat. Gràcies!</Alert> : null}
        </div>
      </Card>

      {open ? (
        <FormDisclosure
          form="cancel"
          className="rounded-lg border border-line bg-white p-5"
          props={{ mentorshipId: m.id }}
          summary={
            <summary className="cursor-pointer font-semibold">
              Finalitzar l&apos;acompanyament abans d&apos;hora
            </summary>
          }
        />
      ) : null}

      <Card title="Cronologia">
        <ol className="space-y-1 text-sm">
          {view.timeline.map((e) => (
            <li key={e.id}>
              <span className="text-muted">{formatDateTime(e.at)}</span> · {e.label}
              {e.by ? ` (${e.by})` : ""}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
