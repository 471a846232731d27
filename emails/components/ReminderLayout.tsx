import { Heading, Link } from "@react-email/components";
import type { ReactNode } from "react";
import { EmailLayout, brand } from "./EmailLayout";
import { emailT, type EmailLocale } from "./i18n";
import { Action, P } from "./parts";

export type ReminderBase = { name: string; url: string; unsubscribeUrl: string; locale: EmailLocale };

/** Reminders are not essential: each one says why it arrives and how to stop them. */
export function ReminderLayout({
  preview,
  heading,
  name,
  url,
  action,
  unsubscribeUrl,
  locale,
  children,
}: ReminderBase & { preview: string; heading: string; action: string; children: ReactNode }) {
  const t = emailT(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={preview}
      footer={
        <>
          {t("layout.reminderFooter")}{" "}
          <Link href={unsubscribeUrl} style={{ color: brand.muted }}>
            {t("layout.unsubscribe")}
          </Link>
          .
        </>
      }
    >
      <Heading as="h1" style={{ fontSize: 22 }}>
        {heading}
      </Heading>
      <P>{t("layout.greeting", { name })}</P>
      {children}
      <Action href={url}>{action}</Action>
    </EmailLayout>
  );
}

export const reminderPreview = {
  name: "Anna Ferrer Bosch",
  url: "http://localhost:3000/ca/inici",
  unsubscribeUrl: "http://localhost:3000/ca/baixa?token=exemple",
  locale: "ca",
} as const;
