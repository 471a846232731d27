import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import { Badge } from "@/components/admin";
import { Card } from "@/components/Card";
import { formatDay, isoDay, madridDay, madridTime } from "@/lib/dates";
import { MEETING_STATUS_LABELS } from "@/lib/mentorships/labels";
import { MEETING_MODE_LABELS } from "@/lib/mentorships/meetings";
import { confirmMeetingAction } from "../actions";
import { MeetingCancelForm, MeetingForm } from "../MeetingForm";
import type { SectionProps } from "./types";

type Meeting = SectionProps["view"]["mentorship"]["meetings"][number];

/** The meetings: the programme's requirement, each meeting with what can be done with it, and the form for a new one. */
export function MeetingsSection(props: SectionProps) {
  const { view, working, step } = props;
  const m = view.mentorship;
  const { compliance } = view;
  if (!working && !m.meetings.length) return null;
  const dateHelp = `Una trobada feta, des del ${formatDay(view.period.accepted)} (acceptació de la proposta) fins avui; una de prevista, fins al ${formatDay(view.period.end)}.`;
  return (
    <Card title="Trobades" id="trobades">
      <div className="space-y-4">
        <Alert tone={compliance.met ? "success" : "info"}>
          Requisit del programa: {compliance.required} trobades{compliance.inPerson ? " presencials" : ""}. Confirmades:{" "}
          {compliance.counted}
          {compliance.awaitingConfirmation ? `; pendents de confirmar: ${compliance.awaitingConfirmation}` : ""}.{" "}
          {compliance.met ? "Requisit complert." : ""}
        </Alert>
        {m.meetings.length ? (
          <ul className="space-y-3">
            {m.meetings.map((meeting) => (
              <MeetingItem key={meeting.id} meeting={meeting} dateHelp={dateHelp} {...props} />
            ))}
          </ul>
        ) : (
          <p>Encara no hi ha cap trobada registrada.</p>
        )}
        {working ? (
          <MeetingForm
            mentorshipId={m.id}
            dateHelp={dateHelp}
            values={{
              date: isoDay(madridDay()),
              time: "10:00",
              durationMin: "90",
              mode: "IN_PERSON",
              place: "",
              summary: "",
            }}
            disclosure={{
              id: "new-meeting",
              summary: <>Registra una trobada</>,
              open: step.kind === "log-meeting",
              intro: (
                <p className="mt-2 text-sm text-muted">
                  Una trobada amb data futura queda prevista (l&apos;altra part la rep per afegir-la al calendari); una
                  de passada queda feta i l&apos;altra part la confirma.
                </p>
              ),
              className: "rounded border border-line p-4",
            }}
          />
        ) : null}
      </div>
    </Card>
  );
}

function MeetingItem({
  meeting,
  dateHelp,
  viewerId,
  now,
  working,
  view,
  locale,
}: SectionProps & { meeting: Meeting; dateHelp: string }) {
  const due = meeting.startsAt <= now;
  const cancelled = meeting.status === "CANCELLED";
  const mine = meeting.loggedBy.id === viewerId;
  const when = `${formatDay(madridDay(meeting.startsAt))}, ${madridTime(meeting.startsAt)}`;
  const canChange = working && !cancelled && !meeting.confirmedAt && (!due || mine);
  return (
    <li className={`rounded border border-line p-3 ${cancelled ? "bg-surface" : ""}`}>
      <p className="font-semibold">
        <span className={cancelled ? "line-through" : undefined}>{when}</span> · {MEETING_MODE_LABELS[meeting.mode]}{" "}
        <Badge tone={cancelled ? "grey" : meeting.confirmedAt ? "green" : "amber"}>
          {meeting.confirmedAt
            ? `Confirmada per ${meeting.confirmedBy?.name ?? ""}`
            : cancelled
              ? MEETING_STATUS_LABELS.CANCELLED
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
      {cancelled && meeting.cancelReason ? (
        <p className="mt-1 text-sm">Motiu de l&apos;anul·lació: {meeting.cancelReason}</p>
      ) : null}
      <div className="mt-2 flex flex-wrap items-center gap-3">
        {!due && !cancelled ? (
          <a href={`/${locale}/acompanyaments/${view.mentorship.id}/trobades/${meeting.id}`} download>
            Afegeix al calendari (.ics)
          </a>
        ) : null}
        {working && due && !cancelled && !meeting.confirmedAt && !mine ? (
          <ActionButton
            action={confirmMeetingAction}
            input={{ meetingId: meeting.id }}
            label="Confirmo que s'ha fet"
            ariaLabel={`Confirmo que s'ha fet la trobada del ${when}`}
            variant="secondary"
          />
        ) : null}
      </div>
      {canChange ? (
        <div className="mt-2 space-y-2">
          <MeetingForm
            meetingId={meeting.id}
            dateHelp={dateHelp}
            values={{
              date: isoDay(madridDay(meeting.startsAt)),
              time: madridTime(meeting.startsAt),
              durationMin: String(meeting.durationMin),
              mode: meeting.mode,
              place: meeting.place ?? "",
              summary: meeting.summary ?? "",
            }}
            disclosure={{ summary: due ? "Corregeix la trobada" : "Canvia la data o el format" }}
          />
          {!due ? <MeetingCancelForm meetingId={meeting.id} disclosure={{ summary: <>Anul·la la trobada</> }} /> : null}
        </div>
      ) : null}
    </li>
  );
}
