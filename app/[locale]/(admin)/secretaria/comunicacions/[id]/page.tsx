import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/ClientMessages";
import { ReplyForm } from "@/app/[locale]/(app)/acompanyaments/[id]/ReplyForm";
import { Badge } from "@/components/admin";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime, type AppLocale } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { getCommunication } from "@/lib/mentorships/communications";

export const generateMetadata = titleFromMessages("adminCommunications", "one.title");

export default async function CommunicationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "mentorship:oversee", `/${locale}/secretaria/comunicacions/${id}`);
  const [c, t, tLabel] = await Promise.all([
    getCommunication(viewer, id),
    getTranslations("adminCommunications.one"),
    getTranslations("labels"),
  ]);
  if (!c) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title={c.subject}
        titleLang={c.sender.locale}
        lead={
          <>
            {t("lead", { kind: tLabel(`communicationKind.${c.kind}`), sender: c.sender.name ?? c.sender.email })} ·{" "}
            <Badge tone={c.status === "OPEN" ? "amber" : "green"}>{tLabel(`communicationStatus.${c.status}`)}</Badge>
          </>
        }
      />
      {c.mentorship ? (
        <p>
          {t("mentorship")}{" "}
          <Link href={`/acompanyaments/${c.mentorship.id}`}>
            {t("pair", { mentee: c.mentorship.mentee.name ?? "", mentor: c.mentorship.mentor.name ?? "" })}
          </Link>
        </p>
      ) : null}
      <ol className="space-y-3">
        {c.messages.map((m) => (
          <li
            key={m.id}
            className={`rounded-lg border border-line p-4 ${m.author.role === "SECRETARIAT" ? "bg-brand-50" : "bg-white"}`}
          >
            <p className="text-sm font-semibold">
              {m.author.role === "SECRETARIAT" ? t("secretariat", { name: m.author.name ?? "" }) : m.author.name} ·{" "}
              {formatDateTime(m.createdAt, locale as AppLocale)}
            </p>
            <p className="mt-1 whitespace-pre-line" lang={m.author.locale}>
              {m.body}
            </p>
          </li>
        ))}
      </ol>
      <Card title={t("reply")}>
        <ClientMessages namespaces={["mentorshipForms"]}>
          <ReplyForm communicationId={c.id} secretariat />
        </ClientMessages>
      </Card>
    </div>
  );
}
