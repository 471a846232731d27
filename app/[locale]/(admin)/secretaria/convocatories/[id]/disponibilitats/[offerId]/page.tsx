import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { notFound } from "next/navigation";
import { Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime, type AppLocale } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { getOfferForSecretariat } from "@/lib/offers/queries";

export const generateMetadata = titleFromMessages("adminOffers", "one.title");

export default async function OfferDetailPage({
  params,
}: {
  params: Promise<{ locale: string; id: string; offerId: string }>;
}) {
  const { locale, id, offerId } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage");
  const [o, t, tLabel] = await Promise.all([
    getOfferForSecretariat(viewer, offerId),
    getTranslations("adminOffers.one"),
    getTranslations("labels"),
  ]);
  if (!o || o.editionId !== id) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("heading", { name: o.mentor.name ?? o.mentor.email })}
        lead={
          <>
            <Link href={`/secretaria/convocatories/${id}/disponibilitats`}>{o.edition.name}</Link> ·{" "}
            {tLabel(`offerStatus.${o.status}`)}
          </>
        }
      />
      <Card title={t("title")}>
        <Dl
          items={[
            [
              t("mentor"),
              <Link key="p" href={`/secretaria/persones/${o.mentor.id}`}>
                {o.mentor.name}
              </Link>,
            ],
            [t("email"), o.mentor.email],
            [t("phone"), o.mentor.phone],
            [
              t("municipality"),
              o.mentor.municipality ? `${o.mentor.municipality.name} (${o.mentor.municipality.comarca})` : null,
            ],
            [t("capacity"), t("capacityValue", { count: o.capacity })],
            [t("topics"), o.topics.map((topic) => topic.name).join(", ")],
            [t("experience"), o.experience],
            [t("format"), tLabel(`format.${o.preferredFormat}`)],
            [t("travel"), o.travelArea],
            [t("notes"), o.notes],
            [t("confirmed"), formatDateTime(o.confirmedAt, locale as AppLocale)],
          ]}
        />
      </Card>
    </div>
  );
}
