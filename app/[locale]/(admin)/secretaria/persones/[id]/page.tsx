import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Badge, Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { ClientMessages } from "@/components/ClientMessages";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime, type AppLocale } from "@/lib/dates";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { municipalityOptions } from "@/lib/municipalities/queries";
import { getPersonForSecretariat } from "@/lib/people/queries";
import { EmailProblemNotice } from "./EmailProblemNotice";
import { EraseSection } from "./EraseSection";
import { PersonActions } from "./PersonActions";
import { PersonHistory } from "./PersonHistory";
import { PersonForm } from "./PersonForm";
import { cleanQuery } from "@/lib/query-params";

export const generateMetadata = titleFromMessages("adminPeople", "person.title");

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ convidada?: string }> };

export default async function PersonPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "people:manage", `/${locale}/secretaria/persones/${id}`);
  const [person, municipalities, t] = await Promise.all([
    getPersonForSecretariat(viewer, id),
    municipalityOptions(),
    getTranslations("adminPeople.person"),
  ]);
  if (!person) notFound();
  const invited = cleanQuery(await searchParams).convidada === "1";
  return (
    <div className="space-y-6">
      <PageHeader title={person.name ?? person.email} lead={person.email} />
      {invited ? (
        <Alert tone="success" live>
          {t("invited", { email: person.email })}
        </Alert>
      ) : null}
      {person.emailProblem ? (
        <EmailProblemNotice personId={person.id} problem={person.emailProblem} at={person.emailProblemAt} />
      ) : null}
      {person.approvalStatus === "PENDING" ? (
        <Alert tone="warning" title={t("pendingTitle")}>
          {person.municipality?.emailDomains.length
            ? t("pendingDomains", {
                municipality: person.municipality.name,
                domains: person.municipality.emailDomains.join(", "),
              })
            : t("pendingNoDomains", { municipality: person.municipality?.name ?? t("theMunicipality") })}
        </Alert>
      ) : null}
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t("data")}>
          <Dl
            items={[
              [
                t("status"),
                person.deactivatedAt ? (
                  <Badge key="s" tone="red">
                    {t("inactive")}
                  </Badge>
                ) : (
                  <Badge key="s" tone="green">
                    {t("active")}
                  </Badge>
                ),
              ],
              [t("mentor"), person.isMentor ? t("mentorYes") : person.wantsToMentor ? t("mentorWants") : t("mentorNo")],
              [
                t("privacy"),
                person.privacyAcceptedAt
                  ? t("privacyAccepted", { date: formatDateTime(person.privacyAcceptedAt, locale as AppLocale) })
                  : t("privacyNotYet"),
              ],
              [t("createdAt"), formatDateTime(person.createdAt, locale as AppLocale)],
            ]}
          />
          <div className="mt-4">
            <PersonActions
              personId={person.id}
              active={!person.deactivatedAt}
              pending={person.approvalStatus === "PENDING"}
            />
          </div>
        </Card>
        <Card title={t("edit")}>
          <ClientMessages namespaces={["adminPeople"]}>
            <PersonForm
              personId={person.id}
              municipalities={municipalities.map((m) => ({ value: m.id, label: m.name }))}
              defaults={{
                name: person.name ?? "",
                position: person.position ?? "",
                phone: person.phone ?? "",
                municipalityId: person.municipalityId ?? "",
                isMentor: person.isMentor,
                role: person.role,
              }}
            />
          </ClientMessages>
        </Card>
      </div>
      <EraseSection personId={person.id} locale={locale} />
      <PersonHistory person={person} />
    </div>
  );
}
