import { Badge } from "@/components/admin";
import { Card } from "@/components/Card";
import { formatDateTime } from "@/lib/dates";
import { COMMUNICATION_KIND_LABELS, COMMUNICATION_STATUS_LABELS } from "@/lib/mentorships/communications";
import { CommunicationForm } from "../ExtensionForm";
import { ReplyForm } from "../ReplyForm";
import type { SectionProps } from "./types";

/** Messages between a party and the secretariat (each party sees its own), and the form for a new one. */
export function CommunicationsSection({ view }: SectionProps) {
  const party = view.role !== "SECRETARIAT";
  if (!party && !view.communications.length) return null;
  return (
    <Card title="Comunicacions a la secretaria" id="comunicacions">
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
            <ReplyForm
              communicationId={c.id}
              secretariat={!party}
              disclosure={{ summary: party ? "Afegeix un missatge" : "Respon", className: "mt-2" }}
            />
          </article>
        ))}
        {party ? (
          <CommunicationForm
            mentorshipId={view.mentorship.id}
            disclosure={{ summary: <>Nova comunicació (incidències, data de finalització pactada…)</> }}
          />
        ) : null}
      </div>
    </Card>
  );
}
