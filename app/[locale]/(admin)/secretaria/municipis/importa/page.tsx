import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { ClientMessages } from "@/components/ClientMessages";
import { ImportForm } from "./ImportForm";

export const generateMetadata = titleFromMessages("adminMunicipalities", "importPage.title");

export default async function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "people:manage", `/${locale}/secretaria/municipis/importa`);
  const t = await getTranslations("adminMunicipalities.importPage");
  return (
    <div className="space-y-6">
      <PageHeader title={t("heading")} lead={t("lead")} />
      <ClientMessages namespaces={["adminMunicipalities"]}>
        <ImportForm />
      </ClientMessages>
    </div>
  );
}
