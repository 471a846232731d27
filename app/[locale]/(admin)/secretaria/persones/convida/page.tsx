import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/ClientMessages";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { municipalityOptions } from "@/lib/municipalities/queries";
import { InviteForm } from "./InviteForm";

export const generateMetadata = titleFromMessages("adminPeople", "invite");

export default async function InvitePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "people:manage", `/${locale}/secretaria/persones/convida`);
  const [municipalities, t] = await Promise.all([municipalityOptions(), getTranslations("adminPeople")]);
  return (
    <div className="max-w-2xl">
      <PageHeader title={t("invite")} lead={t("inviteLead")} />
      <ClientMessages namespaces={["adminPeople"]}>
        <InviteForm
          locale={locale}
          municipalities={municipalities.map((m) => ({ value: m.id, label: `${m.name} (${m.comarca})` }))}
        />
      </ClientMessages>
    </div>
  );
}
