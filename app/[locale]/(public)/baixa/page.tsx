import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/Alert";
import { PageHeader } from "@/components/PageHeader";
import { verifyUnsubscribeToken } from "@/lib/email/unsubscribe";
import { UnsubscribeForm } from "./UnsubscribeForm";
import { cleanQuery } from "@/lib/query-params";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "unsubscribe" });
  return { title: t("metaTitle"), robots: { index: false } };
}

// Opening the link changes nothing (mail scanners open links): the button does.
export default async function UnsubscribePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token = "" } = cleanQuery(await searchParams);
  const valid = verifyUnsubscribeToken(token) !== null;
  const t = await getTranslations("unsubscribe");
  return (
    <div className="max-w-xl space-y-4">
      <PageHeader title={t("title")} lead={t("lead")} />
      {valid ? (
        <UnsubscribeForm
          token={token}
          labels={{ off: t("off"), on: t("on"), saving: t("saving"), stop: t("stop"), undo: t("undo") }}
        />
      ) : (
        <Alert tone="error">{t("invalid")}</Alert>
      )}
    </div>
  );
}
