import { ActionButton } from "@/components/ActionButton";
import { Badge } from "@/components/admin";
import { Card } from "@/components/Card";
import { formatDay } from "@/lib/dates";
import { EXTENSION_STATUS_LABELS } from "@/lib/mentorships/labels";
import { answerExtensionAction } from "../actions";
import { ExtensionForm } from "../ExtensionForm";
import type { SectionProps } from "./types";

/** Extensions beyond the edition's maximum: the proposals, their answers, and the form for a new one. */
export function ExtensionsSection({ view, viewerId, working }: SectionProps) {
  const m = view.mentorship;
  const pending = m.extensions.some((e) => e.status === "PENDING");
  if (!m.extensions.length && !working) return null;
  return (
    <Card title="Ampliació" id="ampliacio">
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
            {working && e.status === "PENDING" && e.proposedBy.id !== viewerId ? (
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
        {working && !pending ? (
          <ExtensionForm
            mentorshipId={m.id}
            limitText={`Ha de ser posterior al ${formatDay(view.limit)}.`}
            disclosure={{
              summary: <>Proposa una ampliació més enllà de la durada màxima</>,
              intro: (
                <p className="mt-2 text-sm text-muted">
                  Només s&apos;aplica si l&apos;altra part l&apos;accepta explícitament. La secretaria en rebrà
                  l&apos;avís.
                </p>
              ),
            }}
          />
        ) : null}
      </div>
    </Card>
  );
}
