import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { getMunicipality } from "@/lib/municipalities/queries";
import { MunicipalityForm } from "../MunicipalityForm";
import { ActionButton } from "@/components/ActionButton";
import { setMunicipalityActiveAction } from "../actions";

export const metadata: Metadata = { title: "Municipi" };

export default async function MunicipalityPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "people:manage", `/${locale}/secretaria/municipis/${id}`);
  const m = await getMunicipality(viewer, id);
  if (!m) notFound();
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader
        title={m.name}
        lead={m.active ? "Municipi membre actiu." : "Municipi desactivat: no surt als formularis."}
      />
      <MunicipalityForm
        id={m.id}
        locale={locale}
        defaults={{
          name: m.name,
          comarca: m.comarca,
          population: m.population?.toString() ?? "",
          emailDomains: m.emailDomains.join(" "),
        }}
      />
      <ActionButton
        action={setMunicipalityActiveAction}
        input={{ id: m.id, active: !m.active }}
        label={m.active ? "Desactiva el municipi" : "Reactiva el municipi"}
        variant={m.active ? "danger" : "secondary"}
        {...(m.active
          ? {
              confirm: "Deixarà de sortir als formularis de registre i de sol·licitud. Les dades es conserven.",
              confirmLabel: "Sí, desactiva'l",
            }
          : {})}
      />
    </div>
  );
}
