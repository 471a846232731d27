import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { addDays, addMonths, isoDay, madridDay } from "@/lib/dates";
import { ClientMessages } from "@/components/ClientMessages";
import { EditionForm } from "../EditionForm";

export const generateMetadata = titleFromMessages("adminEditions", "new");

export default async function NewEditionPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "programme:manage", `/${locale}/secretaria/convocatories/nova`);
  // A proposal that follows the programme's year: September applications, October matching, November start.
  const today = madridDay();
  const year = today.getUTCMonth() >= 8 ? today.getUTCFullYear() + 1 : today.getUTCFullYear();
  const start = new Date(Date.UTC(year, 10, 2));
  const t = await getTranslations("adminEditions");
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("new")} lead={t("newLead")} />
      <ClientMessages namespaces={["adminEditions"]}>
        <EditionForm
          locale={locale}
          defaults={{
            name: t("defaultName", { from: year, to: year + 1 }),
            year: String(year),
            applicationsOpenOn: isoDay(new Date(Date.UTC(year, 8, 1))),
            applicationsCloseOn: isoDay(new Date(Date.UTC(year, 8, 30))),
            matchingDeadlineOn: isoDay(new Date(Date.UTC(year, 9, 31))),
            mentoringStartOn: isoDay(start),
            defaultEndOn: isoDay(addDays(addMonths(start, 12), -1)),
            requiredMeetings: "2",
            meetingsMustBeInPerson: true,
            maxDurationMonths: "12",
            proposalResponseDays: "10",
            autoPhaseChanges: false,
          }}
        />
      </ClientMessages>
    </div>
  );
}
