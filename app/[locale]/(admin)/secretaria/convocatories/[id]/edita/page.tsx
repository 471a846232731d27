import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { isoDay } from "@/lib/dates";
import { getEdition } from "@/lib/editions/queries";
import { ClientMessages } from "@/components/ClientMessages";
import { EditionForm } from "../../EditionForm";

export const generateMetadata = titleFromMessages("adminEditions", "editTitle");

export default async function EditEditionPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage", `/${locale}/secretaria/convocatories/${id}/edita`);
  const [e, t] = await Promise.all([getEdition(viewer, id), getTranslations("adminEditions")]);
  if (!e) notFound();
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("editHeading", { name: e.name })} />
      <ClientMessages namespaces={["adminEditions"]}>
        <EditionForm
          locale={locale}
          editionId={e.id}
          defaults={{
            name: e.name,
            year: String(e.year),
            applicationsOpenOn: isoDay(e.applicationsOpenOn),
            applicationsCloseOn: isoDay(e.applicationsCloseOn),
            matchingDeadlineOn: isoDay(e.matchingDeadlineOn),
            mentoringStartOn: isoDay(e.mentoringStartOn),
            defaultEndOn: isoDay(e.defaultEndOn),
            requiredMeetings: String(e.requiredMeetings),
            meetingsMustBeInPerson: e.meetingsMustBeInPerson,
            maxDurationMonths: String(e.maxDurationMonths),
            proposalResponseDays: String(e.proposalResponseDays),
            autoPhaseChanges: e.autoPhaseChanges,
          }}
        />
      </ClientMessages>
    </div>
  );
}
