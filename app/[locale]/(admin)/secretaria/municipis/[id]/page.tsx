import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { getMunicipality } from "@/lib/municipalities/queries";
import { ClientMessages } from "@/components/ClientMessages";
import { MunicipalityForm } from "../MunicipalityForm";
import { ActionButton } from "@/components/ActionButton";
import { setMunicipalityActiveAction } from "../actions";

export const generateMetadata = titleFromMessages("adminMunicipalities", "one.title");

export default async function MunicipalityPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "people:manage", `/${locale}/secretaria/municipis/${id}`);
  const [m, t] = await Promise.all([getMunicipality(viewer, id), getTranslations("adminMunicipalities.one")]);
  if (!m) notFound();
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={m.name} lead={m.active ? t("activeLead") : t("inactiveLead")} />
      <ClientMessages namespaces={["adminMunicipalities"]}>
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
      </ClientMessages>
      <ActionButton
        action={setMunicipalityActiveAction}
        input={{ id: m.id, active: !m.active }}
        label={m.active ? t("deactivate") : t("reactivate")}
        variant={m.active ? "danger" : "secondary"}
        {...(m.active
          ? {
              confirm: t("deactivateConfirm"),
              confirmLabel: t("deactivateConfirmLabel"),
            }
          : {})}
      />
    </div>
  );
}
