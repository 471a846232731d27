import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { municipalityOptions } from "@/lib/municipalities/queries";
import { InviteForm } from "./InviteForm";

export const metadata: Metadata = { title: "Convida una persona" };

export default async function InvitePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "people:manage", `/${locale}/secretaria/persones/convida`);
  const municipalities = await municipalityOptions();
  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Convida una persona"
        lead="Les persones tècniques es poden registrar soles; convideu aquí les persones mentores i la secretaria."
      />
      <InviteForm
        locale={locale}
        municipalities={municipalities.map((m) => ({ value: m.id, label: `${m.name} (${m.comarca})` }))}
      />
    </div>
  );
}
