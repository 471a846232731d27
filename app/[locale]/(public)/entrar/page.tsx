import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { Alert } from "@/components/Alert";
import { ClientMessages } from "@/components/ClientMessages";
import { PageHeader } from "@/components/PageHeader";
import { homePath } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { SignInForm } from "./SignInForm";
import { cleanQuery } from "@/lib/query-params";
import { titleFromMessages } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; sortida?: string }> };

export const generateMetadata = titleFromMessages("signIn");

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { next, sortida } = cleanQuery(await searchParams);
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (viewer) redirect(homePath(viewer, locale));
  const t = await getTranslations("signIn");
  return (
    <div className="max-w-xl">
      <PageHeader title={t("title")} lead={t("lead")} />
      {sortida === "tots" ? (
        <div className="mb-6">
          <Alert tone="success">{t("signedOutEverywhere")}</Alert>
        </div>
      ) : null}
      <ClientMessages namespaces={["signIn", "errors"]}>
        <SignInForm locale={locale as "ca" | "es"} next={next} />
      </ClientMessages>
      <p className="mt-8 text-sm text-muted">{t("noAccount")}</p>
    </div>
  );
}
