import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/Alert";
import { PageHeader } from "@/components/PageHeader";
import { verifyUnsubscribeToken } from "@/lib/email/unsubscribe";
import { UnsubscribeForm } from "./UnsubscribeForm";
import { cleanQuery } from "@/lib/query-params";

export const metadata: Metadata = { title: "Recordatoris", robots: { index: false } };

// Opening the link changes nothing (mail scanners open links): the button does.
export default async function UnsubscribePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token = "" } = cleanQuery(await searchParams);
  const valid = verifyUnsubscribeToken(token) !== null;
  return (
    <div className="max-w-xl space-y-4">
      <PageHeader
        title="Recordatoris per correu"
        lead="Els recordatoris us avisen quan alguna cosa del programa està pendent. Podeu deixar de rebre'ls; els correus necessaris continuaran arribant."
      />
      {valid ? (
        <UnsubscribeForm token={token} />
      ) : (
        <Alert tone="error">L&apos;enllaç no és vàlid. Podeu canviar la preferència des del vostre perfil.</Alert>
      )}
    </div>
  );
}
