import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/ClientMessages";
import { Alert } from "@/components/Alert";
import { Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { NeedsCard } from "@/components/NeedsCard";
import { PageHeader } from "@/components/PageHeader";
import { requireViewer } from "@/lib/auth/guards";
import { formatDay, type AppLocale } from "@/lib/dates";
import { getMyProposal } from "@/lib/matching/inbox";
import { RespondForm } from "./RespondForm";
import { titleFromMessages } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = titleFromMessages("proposals");

export default async function ProposalPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/propostes/${id}`);
  const [t, tApp, tContact, proposal] = await Promise.all([
    getTranslations("proposals"),
    getTranslations("application"),
    getTranslations("contact"),
    getMyProposal(viewer, id),
  ]);
  if (!proposal) notFound();
  const a = proposal.application;
  const l = locale as AppLocale;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title={t("detailTitle", { municipality: a.municipality.name })}
        lead={`${proposal.edition.name} · ${t(`status.${proposal.status}`)}`}
      />
      {proposal.status === "PENDING" ? (
        <Alert tone="info">{t("respondBy", { date: formatDay(proposal.respondBy, l) })}</Alert>
      ) : null}
      {proposal.status === "EXPIRED" ? <Alert tone="warning">{t("expired")}</Alert> : null}
      {proposal.status === "ACCEPTED" ? <Alert tone="success">{t("accepted")}</Alert> : null}
      {proposal.status === "DECLINED" ? <Alert tone="info">{t("declined")}</Alert> : null}
      {proposal.status === "WITHDRAWN" ? <Alert tone="info">{t("withdrawn")}</Alert> : null}
      {proposal.message ? (
        <Card title={t("messageFromSecretariat")}>
          <p className="whitespace-pre-line">{proposal.message}</p>
        </Card>
      ) : null}
      {proposal.mentee ? (
        <Card title={t("menteeContact")}>
          <Dl
            items={[
              [tContact("name"), proposal.mentee.name],
              [tContact("position"), proposal.mentee.position],
              [
                tContact("email"),
                <a key="e" href={`mailto:${proposal.mentee.email}`}>
                  {proposal.mentee.email}
                </a>,
              ],
              [tContact("phone"), proposal.mentee.phone],
            ]}
          />
        </Card>
      ) : null}
      <Card title={t("context")}>
        <Dl
          items={[
            [t("population"), (a.municipalitySize ?? a.municipality.population)?.toLocaleString(locale)],
            ["Comarca", a.municipality.comarca],
            [t("stage"), a.policyStage ? tApp(`policyStages.${a.policyStage}`) : null],
            [t("currentPolicy"), a.currentPolicy],
            [t("plan"), a.hasPlan === null ? null : a.hasPlan ? `${tApp("yes")}. ${a.planDetails ?? ""}` : tApp("no")],
            [t("budget"), a.budget],
            [t("team"), a.team],
          ]}
        />
      </Card>
      <NeedsCard
        title={t("needs")}
        needs={a.needs}
        heading={(n) =>
          `${n.topic.name} · ${t("priority", { priority: tApp(`priorities.${n.priority}`).toLowerCase() })}`
        }
      />
      <Card title={t("goals")}>
        <Dl
          items={[
            [t("goalsLabel"), a.goals],
            [t("availability"), a.availability],
            [t("format"), a.preferredFormat ? tApp(`formats.${a.preferredFormat}`) : null],
          ]}
        />
      </Card>
      {proposal.status === "PENDING" ? (
        <>
          <p>
            {t("rules", {
              meetings: proposal.edition.requiredMeetings,
              inPerson: String(proposal.edition.meetingsMustBeInPerson),
            })}
          </p>
          <ClientMessages namespaces={["proposals"]}>
            <RespondForm proposalId={proposal.id} />
          </ClientMessages>
        </>
      ) : null}
    </div>
  );
}
