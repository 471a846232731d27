import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/Alert";
import { PageHeader } from "@/components/PageHeader";
import { EMAIL_PROVIDER_ID } from "@/lib/auth/auth";
import { normaliseEmail } from "@/lib/auth/email-address";
import { inspectMagicLink, landingPath } from "@/lib/auth/magic-link";
import { safeNextPath } from "@/lib/auth/schema";
import { Link } from "@/lib/i18n/navigation";
import { cleanQuery } from "@/lib/query-params";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string; email?: string; next?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "confirm" });
  return { title: t("title"), robots: { index: false } };
}

// Opening the emailed link (a GET, which mail scanners also do) only shows this page; the
// token is spent by the POST of its button, handled by Auth.js's email callback.
export default async function ConfirmSignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token = "", email: rawEmail = "", next } = cleanQuery(await searchParams);
  const email = normaliseEmail(rawEmail);
  const t = await getTranslations("confirm");
  const state = token && email ? await inspectMagicLink({ token, email }) : "invalid";

  if (state !== "valid") {
    return (
      <div className="max-w-xl">
        <PageHeader title={t("invalidTitle")} />
        <Alert tone="error">{state === "expired" ? t("expired") : t("invalid")}</Alert>
        <Link href="/entrar" className="mt-6 inline-block font-semibold">
          {t("requestNew")}
        </Link>
      </div>
    );
  }

  const action = `/api/auth/callback/${EMAIL_PROVIDER_ID}?${new URLSearchParams({ token, email })}`;
  const callbackUrl = safeNextPath(next, locale) ?? (await landingPath(email, locale));
  return (
    <div className="max-w-xl">
      <PageHeader title={t("title")} lead={t("lead", { email })} />
      <form method="post" action={action} className="rounded-lg border border-line bg-white p-6">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <button
          type="submit"
          className="rounded bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800"
        >
          {t("submit")}
        </button>
        <p className="mt-4 text-sm text-muted">{t("why")}</p>
      </form>
    </div>
  );
}
