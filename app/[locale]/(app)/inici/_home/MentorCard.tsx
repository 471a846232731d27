import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/Alert";
import { Card } from "@/components/Card";
import { formatDay, type AppLocale } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { primaryAction } from "./styles";

type Offer = { status: "ACTIVE" | "WITHDRAWN"; capacity: number } | null;

/** A mentor's tasks: proposals waiting for an answer, and this year's availability. */
export async function MentorCard({
  offer,
  pendingProposals,
  closesOn,
  locale,
}: {
  offer: Offer;
  pendingProposals: number;
  closesOn: Date;
  locale: AppLocale;
}) {
  const t = await getTranslations("technicianHome");
  return (
    <Card title={t("mentorTitle")}>
      <div className="space-y-3">
        {pendingProposals ? (
          <Alert tone="warning">
            {t("proposalsPending", { count: pendingProposals })} <Link href="/propostes">{t("seeProposals")}</Link>
          </Alert>
        ) : null}
        <p>
          {offer?.status === "ACTIVE"
            ? t("offerActive", { capacity: offer.capacity })
            : offer?.status === "WITHDRAWN"
              ? t("offerWithdrawn")
              : t("offerNone", { date: formatDay(closesOn, locale) })}
        </p>
        <Link href="/disponibilitat" className={primaryAction}>
          {offer?.status === "ACTIVE" ? t("editOffer") : t("confirmOffer")}
        </Link>
      </div>
    </Card>
  );
}
