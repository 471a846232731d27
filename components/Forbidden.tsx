import { getTranslations } from "next-intl/server";
import { PageHeader } from "./PageHeader";

export async function Forbidden() {
  const t = await getTranslations("forbidden");
  return <PageHeader title={t("title")} lead={t("text")} />;
}
