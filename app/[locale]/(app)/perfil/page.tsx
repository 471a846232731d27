import type { ProfileInput } from "@/lib/people/schema";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/ClientMessages";
import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import { PageHeader } from "@/components/PageHeader";
import { requireViewer } from "@/lib/auth/guards";
import { homePath } from "@/lib/auth/permissions";
import { getOwnProfile, needsProfile } from "@/lib/people/own-profile";
import { ActionForm } from "@/components/form/ActionForm";
import { SubmitButton } from "@/components/form/SubmitButton";
import { remindersPreferenceAction, signOutEverywhereAction } from "./actions";
import { ProfileForm } from "./ProfileForm";
import { cleanQuery } from "@/lib/query-params";
import { titleFromMessages } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ vull?: string }> };

export const generateMetadata = titleFromMessages("profile");

export default async function ProfilePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/perfil`);
  const { vull } = cleanQuery(await searchParams);
  const [t, { person, municipalities: options }] = await Promise.all([
    getTranslations("profile"),
    getOwnProfile(viewer),
  ]);
  const incomplete = needsProfile(person);
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader
        title={incomplete ? t("completeTitle") : t("title")}
        lead={incomplete ? t("completeLead") : t("lead")}
      />
      {person.approvalStatus === "PENDING" ? <Alert tone="warning">{t("pending")}</Alert> : null}
      {person.approvalStatus === "REJECTED" ? <Alert tone="error">{t("rejected")}</Alert> : null}
      {person.isMentor ? <Alert tone="info">{t("isMentor")}</Alert> : null}
      <ClientMessages namespaces={["profile"]}>
        <ProfileForm
          email={person.email}
          municipalities={options}
          askPrivacy={!person.privacyAcceptedAt}
          askMentor={person.role === "TECHNICIAN" && !person.isMentor}
          redirectTo={incomplete ? homePath(person, locale) : undefined}
          defaults={{
            name: person.name ?? "",
            position: person.position ?? "",
            phone: person.phone ?? "",
            municipalityId: person.municipalityId ?? "",
            privacyAccepted: Boolean(person.privacyAcceptedAt) as true,
            wantsToMentor: person.wantsToMentor || vull === "mentor",
            // Registering: the language the person is using; afterwards, the one they chose.
            locale: person.privacyAcceptedAt ? person.locale : (locale as ProfileInput["locale"]),
          }}
        />
      </ClientMessages>
      {incomplete ? null : (
        <section className="space-y-3 rounded-lg border border-line bg-white p-6" aria-labelledby="data-heading">
          <h2 id="data-heading" className="text-lg font-semibold">
            {t("dataTitle")}
          </h2>
          <p>{t("dataText")}</p>
          <a href={`/${locale}/perfil/dades`} download className="inline-block font-semibold">
            {t("dataDownload")}
          </a>
        </section>
      )}
      {incomplete ? null : (
        <section className="space-y-3 rounded-lg border border-line bg-white p-6" aria-labelledby="reminders-heading">
          <h2 id="reminders-heading" className="text-lg font-semibold">
            {t("remindersTitle")}
          </h2>
          <p>{person.remindersOptOut ? t("remindersOff") : t("remindersOn")}</p>
          <ActionButton
            action={remindersPreferenceAction}
            input={{ optOut: !person.remindersOptOut }}
            label={person.remindersOptOut ? t("remindersTurnOn") : t("remindersTurnOff")}
            variant="secondary"
          />
        </section>
      )}
      <section className="space-y-3 rounded-lg border border-line bg-white p-6" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          {t("sessionsTitle")}
        </h2>
        <p>{t("sessionsText")}</p>
        <ActionForm action={signOutEverywhereAction}>
          <input type="hidden" name="locale" value={locale} />
          <SubmitButton variant="secondary" pendingLabel={t("sessionsEnding")}>
            {t("sessionsEndAll")}
          </SubmitButton>
        </ActionForm>
      </section>
    </div>
  );
}
