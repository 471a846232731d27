import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import { Badge } from "@/components/admin";
import { Card } from "@/components/Card";
import { useLocale, useTranslations } from "next-intl";
import { formatDay, isoDay, madridDay, madridTime, type AppLocale } from "@/lib/dates";
import { confirmMeetingAction } from "../actions";
import { MeetingCancelForm, MeetingForm } from "../MeetingForm";
import type { SectionProps } from "./types";

type Meeting = SectionProps["view"]["mentorship"]["meetings"][number];

/** The meetings: the programme's requirement, each meeting with what can be done with it, and the form for a new one. */
export function MeetingsSection(props: SectionProps) {
  const { view, working, step } = props;
  const t = useTranslations("mentorship.meetings");
  const locale = useLocale() as AppLocale;
  const m = view.mentorship;
  const { compliance } = view;
  if (!working && !m.meetings.length) return null;
  const dateHelp = t("dateHelp", {
    accepted: formatDay(view.period.accepted, locale),
    end: formatDay(view.period.end, locale),
  });
  return (
    <Card title={t("title")} id="trobades">
      <div className="space-y-4">
        <Alert tone={compliance.met ? "success" : "info"}>
          {t("requirement", {
            required: compliance.required,
            inPerson: compliance.inPerson ? "yes" : "no",
            counted: compliance.counted,
            awaiting: compliance.awaitingConfirmation,
          })}{" "}
          {compliance.met ? t("met") : ""}
        </Alert>
        {m.meetings.length ? (
          <ul className="space-y-3">
            {m.meetings.map((meeting) => (
              <MeetingItem key={meeting.id} meeting={meeting} dateHelp={dateHelp} {...props} />
            ))}
          </ul>
        ) : (
          <p>{t("none")}</p>
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
              summary: <>{t("log")}</>,
              open: step.kind === "log-meeting",
              intro: <p className="mt-2 text-sm text-muted">{t("logIntro")}</p>,
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
  const tLabel = useTranslations("labels");
  const t = useTranslations("mentorship.meetings");
  const due = meeting.startsAt <= now;
  const cancelled = meeting.status === "CANCELLED";
  const mine = meeting.loggedBy.id === viewerId;
  const when = `${formatDay(madridDay(meeting.startsAt), locale as AppLocale)}, ${madridTime(meeting.startsAt)}`;
  const canChange = working && !cancelled && !meeting.confirmedAt && (!due || mine);
  return (
    <li className={`rounded border border-line p-3 ${cancelled ? "bg-surface" : ""}`}>
      <p className="font-semibold">
        <span className={cancelled ? "line-through" : undefined}>{when}</span> · {tLabel(`meetingMode.${meeting.mode}`)}{" "}
        <Badge tone={cancelled ? "grey" : meeting.confirmedAt ? "green" : "amber"}>
          {meeting.confirmedAt
            ? t("confirmedBy", { name: meeting.confirmedBy?.name ?? "" })
            : cancelled
              ? tLabel("meetingStatus.CANCELLED")
              : due
                ? t("toConfirm")
                : tLabel(`meetingStatus.${meeting.status}`)}
        </Badge>
      </p>
      <p className="text-sm text-muted">
        {meeting.place ? `${meeting.place} · ` : ""}
        {t("loggedBy", { name: meeting.loggedBy.name ?? "" })}
      </p>
      {meeting.summary ? <p className="mt-1 whitespace-pre-line">{meeting.summary}</p> : null}
      {cancelled && meeting.cancelReason ? (
        <p className="mt-1 text-sm">{t("cancelReason", { reason: meeting.cancelReason })}</p>
      ) : null}
      <div className="mt-2 flex flex-wrap items-center gap-3">
        {!due && !cancelled ? (
          <a href={`/${locale}/acompanyaments/${view.mentorship.id}/trobades/${meeting.id}`} download>
            {t("ics")}
          </a>
        ) : null}
        {working && due && !cancelled && !meeting.confirmedAt && !mine ? (
          <ActionButton
            action={confirmMeetingAction}
            input={{ meetingId: meeting.id }}
            label={t("confirm")}
            ariaLabel={t("confirmLabel", { when })}
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
            disclosure={{ summary: t(due ? "correct" : "change") }}
          />
          {!due ? <MeetingCancelForm meetingId={meeting.id} disclosure={{ summary: <>{t("cancel")}</> }} /> : null}
        </div>
      ) : null}
    </li>
  );
}
