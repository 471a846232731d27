import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { ClientMessages } from "@/components/ClientMessages";
import { MunicipalityForm } from "../MunicipalityForm";

export const generateMetadata = titleFromMessages("adminMunicipalities", "add");

export default async function NewMunicipalityPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "people:manage", `/${locale}/secretaria/municipis/nou`);
  const t = await getTranslations("adminMunicipalities");
  return (
    <div className="max-w-2xl">
      <PageHeader title={t("add")} />
      <ClientMessages namespaces={["adminMunicipalities"]}>
        <MunicipalityForm locale={locale} defaults={{ name: "", comarca: "", population: "", emailDomains: "" }} />
      </ClientMessages>
    </div>
  );
}
