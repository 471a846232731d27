import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/PageHeader";
import { env } from "@/lib/env";
import { titleFromMessages } from "@/lib/i18n/metadata";

export const generateMetadata = titleFromMessages("privacy");

const SECTIONS = [
  { title: "whoTitle", paragraphs: ["who"] },
  { title: "dataTitle", items: ["data1", "data2", "data3"] },
  { title: "purposeTitle", paragraphs: ["purpose"] },
  { title: "accessTitle", paragraphs: ["access"] },
  { title: "keepTitle", items: ["keep1", "keep2", "keep3", "keep4"] },
  { title: "rightsTitle", paragraphs: ["rights"] },
] as const;

export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("privacy");
  const config = env();
  const email = config.CONTACT_EMAIL;
  const values = {
    email,
    idleDays: config.SESSION_IDLE_DAYS,
    maxDays: config.SESSION_MAX_AGE_DAYS,
    years: config.RETENTION_YEARS,
    mail: (chunks: ReactNode) => <a href={`mailto:${email}`}>{chunks}</a>,
  };
  return (
    <article className="max-w-3xl space-y-6 leading-relaxed">
      <PageHeader title={t("title")} lead={t("lead")} />
      {SECTIONS.map((section) => (
        <section key={section.title}>
          <h2 className="text-xl font-semibold">{t(section.title)}</h2>
          {"items" in section ? (
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {section.items.map((key) => (
                <li key={key}>{t.rich(key, values)}</li>
              ))}
            </ul>
          ) : (
            section.paragraphs.map((key) => (
              <p key={key} className="mt-2">
                {t.rich(key, values)}
              </p>
            ))
          )}
        </section>
      ))}
    </article>
  );
}
