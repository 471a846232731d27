import { Heading, Link } from "@react-email/components";
import type { ReactNode } from "react";
import { EmailLayout, brand } from "./EmailLayout";
import { Action, P } from "./parts";

export type ReminderBase = { name: string; url: string; unsubscribeUrl: string };

/** Reminders are not essential: each one says why it arrives and how to stop them. */
export function ReminderLayout({
  preview,
  heading,
  name,
  url,
  action,
  unsubscribeUrl,
  children,
}: ReminderBase & { preview: string; heading: string; action: string; children: ReactNode }) {
  return (
    <EmailLayout
      preview={preview}
      footer={
        <>
          És un recordatori automàtic.{" "}
          <Link href={unsubscribeUrl} style={{ color: brand.muted }}>
            No vull rebre més recordatoris
          </Link>
          .
        </>
      }
    >
      <Heading as="h1" style={{ fontSize: 22 }}>
        {heading}
      </Heading>
      <P>Hola, {name}:</P>
      {children}
      <Action href={url}>{action}</Action>
    </EmailLayout>
  );
}

export const reminderPreview = {
  name: "Anna Ferrer Bosch",
  url: "http://localhost:3000/ca/inici",
  unsubscribeUrl: "http://localhost:3000/ca/baixa?token=exemple",
};
