import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/ClientMessages";
import { Alert } from "@/components/Alert";
import { PageHeader } from "@/components/PageHeader";
import { requireViewer } from "@/lib/auth/guards";
import { formatDateTime, formatDay, type AppLocale } from "@/lib/dates";
import { getCurrentEdition } from "@/lib/editions/current-edition";
import { offerEditable } from "@/lib/offers/manage-offer";
import { getMyOffer } from "@/lib/offers/queries";
import { listTopics } from "@/lib/topics/manage-topics";
import { OfferForm } from "./OfferForm";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { PageNotice } from "@/components/PageNotice";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromMessages("offer");

export default async function AvailabilityPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/disponibilitat`);
  const [t, edition] = await Promise.all([getTranslations("offer"), getCurrentEdition()]);
  const l = locale as AppLocale;
  const header = <PageHeader title={t("title")} lead={t("lead")} />;
  if (!viewer.isMentor || viewer.role !== "TECHNICIAN") {
    return (
      <PageNotice header={header} tone="info">
        {t("notMentor")}
      </PageNotice>
    );
  }
  if (!edition || edition.phase === "DRAFT") {
    return (
      <PageNotice header={header} tone="info">
        {t("noEdition")}
      </PageNotice>
    );
  }
  const [offer, topics] = await Promise.all([getMyOffer(viewer, edition.id), listTopics({ activeOnly: true })]);
  const editable = offerEditable(edition);
  return (
    <div className="max-w-3xl space-y-6">
      {header}
      <div className="space-y-2">
        <p className="font-semibold">{edition.name}</p>
        {offer?.status === "ACTIVE" ? (
          <Alert tone="success">{t("statusActive", { date: formatDateTime(offer.confirmedAt, l) })}</Alert>
        ) : null}
        {offer?.status === "WITHDRAWN" ? <Alert tone="info">{t("statusWithdrawn")}</Alert> : null}
        {editable ? (
          <p>{t("editableUntil", { date: formatDay(edition.matchingDeadlineOn, l) })}</p>
        ) : (
          <Alert tone="warning">{t("closed")}</Alert>
        )}
      </div>
      {editable ? (
        <ClientMessages namespaces={["offer", "application"]}>
          <OfferForm
            active={offer?.status === "ACTIVE"}
            topics={topics}
            defaults={{
              capacity: String(offer?.capacity ?? 1),
              topicIds: offer?.topics.map((topic) => topic.id) ?? [],
              experience: offer?.experience ?? "",
              preferredFormat: offer?.preferredFormat ?? "MIXED",
              travelArea: offer?.travelArea ?? "",
              notes: offer?.notes ?? "",
            }}
          />
        </ClientMessages>
      ) : null}
    </div>
  );
}
