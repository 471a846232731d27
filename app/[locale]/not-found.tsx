import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/PageHeader";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div>
      <PageHeader title={t("title")} lead={t("text")} />
      <Link href="/">{t("back")}</Link>
    </div>
  );
}
