import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { formatDay } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { getPublicFitxa } from "@/lib/mentorships/public-fitxes";
import { PrintButton } from "@/components/PrintButton";

// Read on every request: a fitxa the secretariat withdraws must disappear at once.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const fitxa = await getPublicFitxa(id);
  return { title: fitxa?.title ?? "Fitxa" };
}

const SECTIONS = [
  ["context", "Context"],
  ["objectives", "Objectius"],
  ["activities", "Activitats"],
  ["results", "Resultats"],
  ["lessons", "Aprenentatges"],
] as const;

export default async function PublicFitxaPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const fitxa = await getPublicFitxa(id);
  if (!fitxa) notFound();
  const resources = fitxa.resources
    .split(/\r?\n/)
    .map((r) => r.trim())
    .filter(Boolean);
  return (
    <article className="max-w-3xl space-y-6 print:max-w-none" lang="ca">
      <p className="no-print">
        <Link href="/fitxes">Totes les fitxes</Link>
      </p>
      <header className="space-y-2 border-b border-line pb-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
          Fitxa de mentoria · Programa de mentoria de l&apos;XMESS
        </p>
        <h1 className="text-3xl font-bold">{fitxa.title}</h1>
        <p className="text-muted">
          {fitxa.municipality} ({fitxa.comarca})
          {fitxa.mentorMunicipality ? `, amb l'acompanyament de ${fitxa.mentorMunicipality}` : ""} · {fitxa.edition}
          {fitxa.publishedAt ? ` · publicada el ${formatDay(fitxa.publishedAt)}` : ""}
        </p>
        <p className="text-sm">Àmbits: {fitxa.topics.map((t) => t.name).join(", ")}</p>
      </header>
      {SECTIONS.map(([key, label]) => (
        <section key={key} className="break-inside-avoid">
          <h2 className="text-xl font-semibold">{label}</h2>
          <p className="mt-2 whitespace-pre-line leading-relaxed">{fitxa[key]}</p>
        </section>
      ))}
      {resources.length ? (
        <section className="break-inside-avoid">
          <h2 className="text-xl font-semibold">Recursos i enllaços</h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {resources.map((r) => (
              <li key={r}>{/^https?:\/\//.test(r) ? <a href={r}>{r}</a> : r}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <PrintButton />
    </article>
  );
}
