import type { Metadata } from "next";
import { PageHeader } from "@/components/PageHeader";
import { Link } from "@/lib/i18n/navigation";
import { editionReminderSettings } from "@/lib/reminders/settings";
import { ReminderSettingsForm } from "./ReminderSettingsForm";
import { editionPage } from "../_edition";

export const metadata: Metadata = { title: "Recordatoris" };

export default async function ReminderSettingsPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { id, edition } = await editionPage(params);
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        title="Recordatoris automàtics"
        lead={
          <>
            <Link href={`/secretaria/convocatories/${id}`}>{edition.name}</Link>: quins recordatoris s&apos;envien sols
            i quan. Cada recordatori s&apos;envia una sola vegada a cada persona, i qui els ha desactivat no els rep.
          </>
        }
      />
      <ReminderSettingsForm editionId={id} settings={editionReminderSettings(edition.reminderSettings)} />
    </div>
  );
}
