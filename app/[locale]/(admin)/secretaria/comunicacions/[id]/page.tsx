import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/ClientMessages";
import { ReplyForm } from "@/app/[locale]/(app)/acompanyaments/[id]/ReplyForm";
import { Badge } from "@/components/admin";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import {
  COMMUNICATION_KIND_LABELS,
  COMMUNICATION_STATUS_LABELS,
  getCommunication,
} from "@/lib/mentorships/communications";

export const metadata: Metadata = { title: "Comunicació" };

export default async function CommunicationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "mentorship:oversee", `/${locale}/secretaria/comunicacions/${id}`);
  const c = await getCommunication(viewer, id);
  if (!c) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title={c.subject}
        lead={
          <>
            {COMMUNICATION_KIND_LABELS[c.kind]} · de {c.sender.name ?? c.sender.email} ·{" "}
            <Badge tone={c.status === "OPEN" ? "amber" : "green"}>{COMMUNICATION_STATUS_LABELS[c.status]}</Badge>
          </>
        }
      />
      {c.mentorship ? (
        <p>
          Acompanyament:{" "}
          <Link href={`/acompanyaments/${c.mentorship.id}`}>
            {c.mentorship.mentee.name} i {c.mentorship.mentor.name}
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
              {m.author.role === "SECRETARIAT" ? `Secretaria (${m.author.name})` : m.author.name} ·{" "}
              {formatDateTime(m.createdAt)}
            </p>
            <p className="mt-1 whitespace-pre-line">{m.body}</p>
          </li>
        ))}
      </ol>
      <Card title="Respon">
        <ClientMessages namespaces={["mentorshipForms"]}>
          <ReplyForm communicationId={c.id} secretariat />
        </ClientMessages>
      </Card>
    </div>
  );
}
