import { getTranslations, setRequestLocale } from "next-intl/server";
import { Badge } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { requireViewer } from "@/lib/auth/guards";
import { formatDay, type AppLocale } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { listMyProposals } from "@/lib/matching/inbox";
import { titleFromMessages } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromMessages("proposals");

export default async function ProposalsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/propostes`);
  const [t, proposals] = await Promise.all([getTranslations("proposals"), listMyProposals(viewer)]);
  const pending = proposals.filter((p) => p.status === "PENDING");
  const answered = proposals.filter((p) => p.status !== "PENDING");
  const l = locale as AppLocale;
  const item = (p: (typeof proposals)[number]) => (
    <li key={p.id} className="rounded-lg border border-line bg-white p-4">
      <p className="font-semibold">
        <Link href={`/propostes/${p.id}`}>{t("municipality", p.application.municipality)}</Link>{" "}
        <Badge tone={p.status === "PENDING" ? "amber" : p.status === "ACCEPTED" ? "green" : "grey"}>
          {t(`status.${p.status}`)}
        </Badge>
      </p>
      <p className="text-sm text-muted">
        {p.edition.name} · {p.application.needs.map((n) => n.topic.name).join(", ")}
      </p>
      {p.status === "PENDING" ? <p className="text-sm">{t("respondBy", { date: formatDay(p.respondBy, l) })}</p> : null}
    </li>
  );
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {proposals.length === 0 ? <p>{t("none")}</p> : null}
      {pending.length ? (
        <section className="space-y-3">
          <h2 className="text-xl font-semibold">{t("pending")}</h2>
          <ul className="space-y-3">{pending.map(item)}</ul>
        </section>
      ) : null}
      {answered.length ? (
        <section className="space-y-3">
          <h2 className="text-xl font-semibold">{t("answered")}</h2>
          <ul className="space-y-3">{answered.map(item)}</ul>
        </section>
      ) : null}
    </div>
  );
}
