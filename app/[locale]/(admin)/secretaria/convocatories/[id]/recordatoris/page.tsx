import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/ClientMessages";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { PageHeader } from "@/components/PageHeader";
import { Link } from "@/lib/i18n/navigation";
import { editionReminderSettings } from "@/lib/reminders/settings";
import { ReminderSettingsForm } from "./ReminderSettingsForm";
import { editionPage } from "../_edition";

export const generateMetadata = titleFromMessages("adminReminders");

export default async function ReminderSettingsPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { id, edition } = await editionPage(params);
  const t = await getTranslations("adminReminders");
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        title={t("heading")}
        lead={
          <>
            <Link href={`/secretaria/convocatories/${id}`}>{edition.name}</Link>: {t("lead")}
          </>
        }
      />
      <ClientMessages namespaces={["adminReminders"]}>
        <ReminderSettingsForm editionId={id} settings={editionReminderSettings(edition.reminderSettings)} />
      </ClientMessages>
    </div>
  );
}
