import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/ActionButton";
import { Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime, type AppLocale } from "@/lib/dates";
import { getEmail } from "@/lib/email/log";
import { AppError } from "@/lib/errors";
import { resendEmailAction } from "../actions";
import { LOCALES } from "@/lib/i18n/locales";

export const generateMetadata = titleFromMessages("adminEmails", "one.title");

export default async function EmailPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ llengua?: string }>;
}) {
  const { locale, id } = await params;
  const { llengua } = await searchParams;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "email:log", `/${locale}/secretaria/correus/${id}`);
  const asked = llengua === "ca" || llengua === "es" ? llengua : undefined;
  const [email, t, tLabel, tLanguage] = await Promise.all([
    getEmail(viewer, id, { locale: asked }).catch((error) => {
      if (error instanceof AppError) notFound();
      throw error;
    }),
    getTranslations("adminEmails.one"),
    getTranslations("labels"),
    getTranslations("shell.languageNames"),
  ]);
  const when = (date: Date) => formatDateTime(date, locale as AppLocale);
  return (
    <div className="space-y-6">
      <PageHeader
        title={email.subject}
        titleLang={email.language ?? undefined}
        lead={t("to", { email: email.toEmail })}
      />
      <Card title={t("delivery")}>
        <Dl
          items={[
            [t("status"), tLabel(`emailStatus.${email.status}`)],
            [t("template"), email.template],
            [t("attempts"), email.attempts],
            [t("created"), when(email.createdAt)],
            [t("sent"), email.sentAt ? when(email.sentAt) : null],
            [t("lastError"), email.lastError],
            [t("providerId"), email.providerId],
          ]}
        />
        {email.status === "FAILED" ? (
          <div className="mt-4">
            <ActionButton
              action={resendEmailAction}
              input={{ id: email.id }}
              label={t("resend")}
              success={t("resendDone")}
            />
          </div>
        ) : null}
      </Card>
      {email.language ? (
        <nav aria-label={t("language")} className="flex flex-wrap gap-3 text-sm">
          <span>{t("messageIn")}</span>
          {LOCALES.map((code) =>
            code === email.language ? (
              <span key={code} lang={code} aria-current="true" className="font-semibold">
                {tLanguage(code)}
              </span>
            ) : (
              <a key={code} lang={code} href={`?llengua=${code}`}>
                {tLanguage(code)}
              </a>
            ),
          )}
        </nav>
      ) : null}
      {email.preview ? <p className="text-muted">{t("preview")}</p> : null}
      {email.html ? (
        <Card title={t("message")}>
          <iframe
            title={t("messageTitle", { subject: email.subject })}
            srcDoc={email.html}
            sandbox=""
            className="h-[520px] w-full rounded border border-line"
          />
        </Card>
      ) : (
        <p className="text-muted">{t("notYet")}</p>
      )}
      {email.text ? (
        <Card title={t("text")}>
          <pre className="whitespace-pre-wrap break-words text-sm" lang={email.language ?? undefined}>
            {email.text}
          </pre>
        </Card>
      ) : null}
    </div>
  );
}
