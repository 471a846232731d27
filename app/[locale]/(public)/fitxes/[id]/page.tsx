import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { formatDay, type AppLocale } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { getPublicFitxa } from "@/lib/mentorships/public-fitxes";
import { PrintButton } from "@/components/PrintButton";

// Read on every request: a fitxa the secretariat withdraws must disappear at once.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, locale } = await params;
  const fitxa = await getPublicFitxa(id);
  return { title: fitxa?.title ?? (await getTranslations({ locale, namespace: "fitxes" }))("fallbackTitle") };
}

const SECTIONS = ["context", "objectives", "activities", "results", "lessons"] as const;

export default async function PublicFitxaPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const fitxa = await getPublicFitxa(id);
  if (!fitxa) notFound();
  const t = await getTranslations("fitxes");
  const day = (date: Date) => formatDay(date, locale as AppLocale);
  const resources = fitxa.resources
    .split(/\r?\n/)
    .map((r) => r.trim())
    .filter(Boolean);
  return (
    <article className="max-w-3xl space-y-6 print:max-w-none">
      <p className="no-print">
        <Link href="/fitxes">{t("all")}</Link>
      </p>
      <header className="space-y-2 border-b border-line pb-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("kicker")}</p>
        <h1 className="text-3xl font-bold" lang="ca">
          {fitxa.title}
        </h1>
        <p className="text-muted">
          {fitxa.municipality} ({fitxa.comarca})
          {fitxa.mentorMunicipality ? t("withMentor", { municipality: fitxa.mentorMunicipality }) : ""} ·{" "}
          {fitxa.edition}
          {fitxa.publishedAt ? t("publishedOn", { date: day(fitxa.publishedAt) }) : ""}
        </p>
        <p className="text-sm">{t("topics", { topics: fitxa.topics.map((topic) => topic.name).join(", ") })}</p>
      </header>
      {SECTIONS.map((key) => (
        <section key={key} className="break-inside-avoid">
          <h2 className="text-xl font-semibold">{t(`sections.${key}`)}</h2>
          <p className="mt-2 whitespace-pre-line leading-relaxed" lang="ca">
            {fitxa[key]}
          </p>
        </section>
      ))}
      {resources.length ? (
        <section className="break-inside-avoid">
          <h2 className="text-xl font-semibold">{t("resources")}</h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {resources.map((r) => (
              <li key={r}>{/^https?:\/\//.test(r) ? <a href={r}>{r}</a> : r}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <PrintButton label={(await getTranslations("common"))("printFitxa")} />
    </article>
  );
}
