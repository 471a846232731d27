import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/Alert";
import { PageHeader } from "@/components/PageHeader";
import { Link } from "@/lib/i18n/navigation";
import { cleanQuery } from "@/lib/query-params";
import { titleFromMessages } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> };

export const generateMetadata = titleFromMessages("authError");

export default async function SignInErrorPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { error } = cleanQuery(await searchParams);
  const t = await getTranslations("authError");
  const message = error === "Verification" || error === "AccessDenied" ? t(error) : t("default");
  return (
    <div className="max-w-xl">
      <PageHeader title={t("title")} />
      <Alert tone="error">{message}</Alert>
      <Link href="/entrar" className="mt-6 inline-block font-semibold">
        {t("requestNew")}
      </Link>
    </div>
  );
}
