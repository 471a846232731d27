import { Badge } from "@/components/admin";
import { Card } from "@/components/Card";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime, type AppLocale } from "@/lib/dates";
import { CommunicationForm } from "../ExtensionForm";
import { ReplyForm } from "../ReplyForm";
import type { SectionProps } from "./types";

/** Messages between a party and the secretariat (each party sees its own), and the form for a new one. */
export function CommunicationsSection({ view }: SectionProps) {
  const t = useTranslations("mentorship.comms");
  const tLabel = useTranslations("labels");
  const locale = useLocale() as AppLocale;
  const party = view.role !== "SECRETARIAT";
  if (!party && !view.communications.length) return null;
  return (
    <Card title={t("title")} id="comunicacions">
      <div className="space-y-4">
        {view.communications.map((c) => (
          <article key={c.id} className="rounded border border-line p-3" aria-labelledby={`c-${c.id}`}>
            <h3 id={`c-${c.id}`} className="font-semibold">
              {c.subject}{" "}
              <Badge tone={c.status === "OPEN" ? "amber" : c.status === "ANSWERED" ? "green" : "grey"}>
                {tLabel(`communicationStatus.${c.status}`)}
              </Badge>
            </h3>
            <p className="text-sm text-muted">{tLabel(`communicationKind.${c.kind}`)}</p>
            <ol className="mt-2 space-y-2">
              {c.messages.map((msg) => (
                <li
                  key={msg.id}
                  className={`rounded p-2 ${msg.author.role === "SECRETARIAT" ? "bg-brand-50" : "bg-surface"}`}
                >
                  <p className="text-sm font-semibold">
                    {msg.author.role === "SECRETARIAT"
                      ? t("secretariat", { name: msg.author.name ?? "" })
                      : msg.author.name}{" "}
                    · {formatDateTime(msg.createdAt, locale)}
                  </p>
                  <p className="whitespace-pre-line">{msg.body}</p>
                </li>
              ))}
            </ol>
            <ReplyForm
              communicationId={c.id}
              secretariat={!party}
              disclosure={{ summary: t(party ? "addMessage" : "reply"), className: "mt-2" }}
            />
          </article>
        ))}
        {party ? (
          <CommunicationForm mentorshipId={view.mentorship.id} disclosure={{ summary: <>{t("new")}</> }} />
        ) : null}
      </div>
    </Card>
  );
}
