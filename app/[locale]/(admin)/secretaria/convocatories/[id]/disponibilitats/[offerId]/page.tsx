import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import { FORMAT_LABELS, OFFER_STATUS_LABELS } from "@/lib/applications/labels";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { getOfferForSecretariat } from "@/lib/offers/queries";

export const metadata: Metadata = { title: "Disponibilitat" };

export default async function OfferDetailPage({
  params,
}: {
  params: Promise<{ locale: string; id: string; offerId: string }>;
}) {
  const { locale, id, offerId } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage");
  const o = await getOfferForSecretariat(viewer, offerId);
  if (!o || o.editionId !== id) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Disponibilitat de ${o.mentor.name ?? o.mentor.email}`}
        lead={
          <>
            <Link href={`/secretaria/convocatories/${id}/disponibilitats`}>{o.edition.name}</Link> ·{" "}
            {OFFER_STATUS_LABELS[o.status]}
          </>
        }
      />
      <Card title="Disponibilitat">
        <Dl
          items={[
            [
              "Persona mentora",
              <Link key="p" href={`/secretaria/persones/${o.mentor.id}`}>
                {o.mentor.name}
              </Link>,
            ],
            ["Adreça", o.mentor.email],
            ["Telèfon", o.mentor.phone],
            [
              "Municipi",
              o.mentor.municipality ? `${o.mentor.municipality.name} (${o.mentor.municipality.comarca})` : null,
            ],
            ["Capacitat", `${o.capacity} ${o.capacity === 1 ? "persona" : "persones"}`],
            ["Àmbits", o.topics.map((t) => t.name).join(", ")],
            ["Experiència", o.experience],
            ["Format preferit", FORMAT_LABELS[o.preferredFormat]],
            ["Desplaçament", o.travelArea],
            ["Observacions", o.notes],
            ["Confirmada", formatDateTime(o.confirmedAt)],
          ]}
        />
      </Card>
    </div>
  );
}
