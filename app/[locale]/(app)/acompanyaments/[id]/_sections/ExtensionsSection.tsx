import { ActionButton } from "@/components/ActionButton";
import { Badge } from "@/components/admin";
import { Card } from "@/components/Card";
import { useTranslations } from "next-intl";
import { useFormatDay } from "@/lib/i18n/use-format-day";
import { answerExtensionAction } from "../actions";
import { ExtensionForm } from "../ExtensionForm";
import type { SectionProps } from "./types";

/** Extensions beyond the edition's maximum: the proposals, their answers, and the form for a new one. */
export function ExtensionsSection({ view, viewerId, working }: SectionProps) {
  const t = useTranslations("mentorship.ext");
  const day = useFormatDay();
  const m = view.mentorship;
  const pending = m.extensions.some((e) => e.status === "PENDING");
  if (!m.extensions.length && !working) return null;
  return (
    <Card title={t("title")} id="ampliacio">
      <div className="space-y-4">
        {m.extensions.map((e) => (
          <div key={e.id} className="rounded border border-line p-3">
            <p className="font-semibold">
              {t("until", { day: day(e.newEndOn) })} ·{" "}
              <Badge tone={e.status === "ACCEPTED" ? "green" : e.status === "PENDING" ? "amber" : "grey"}>
                {t(`status.${e.status}`)}
              </Badge>
            </p>
            <p className="text-sm text-muted">{t("proposedBy", { name: e.proposedBy.name ?? "" })}</p>
            <p className="whitespace-pre-line">{e.reason}</p>
            {working && e.status === "PENDING" && e.proposedBy.id !== viewerId ? (
              <div className="mt-2 flex flex-wrap gap-3">
                <ActionButton
                  action={answerExtensionAction}
                  input={{ extensionId: e.id, accept: true }}
                  label={t("accept")}
                />
                <ActionButton
                  action={answerExtensionAction}
                  input={{ extensionId: e.id, accept: false }}
                  label={t("decline")}
                  variant="secondary"
                />
              </div>
            ) : null}
          </div>
        ))}
        {working && !pending ? (
          <ExtensionForm
            mentorshipId={m.id}
            limitText={t("limit", { day: day(view.limit) })}
            disclosure={{
              summary: <>{t("propose")}</>,
              intro: <p className="mt-2 text-sm text-muted">{t("proposeIntro")}</p>,
            }}
          />
        ) : null}
      </div>
    </Card>
  );
}
