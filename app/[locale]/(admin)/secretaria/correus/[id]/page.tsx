import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/ActionButton";
import { Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/dates";
import { EMAIL_STATUS_LABELS } from "@/lib/email/labels";
import { getEmail } from "@/lib/email/log";
import { AppError } from "@/lib/errors";
import { resendEmailAction } from "../actions";

export const metadata: Metadata = { title: "Correu" };

const LANGUAGES = { ca: "Català", es: "Castellano" } as const;

export default async function EmailPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ llengua?: string }>;
}) {
  const { locale, id } = await params;
  const { llengua } = await searchParams;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "email:log", `/${locale}/secretaria/correus/${id}`);
  const asked = llengua === "ca" || llengua === "es" ? llengua : undefined;
  const email = await getEmail(viewer, id, { locale: asked }).catch((error) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  return (
    <div className="space-y-6">
      <PageHeader title={email.subject} lead={`Per a ${email.toEmail}`} />
      <Card title="Enviament">
        <Dl
          items={[
            ["Estat", EMAIL_STATUS_LABELS[email.status]],
            ["Plantilla", email.template],
            ["Intents", email.attempts],
            ["Creat", formatDateTime(email.createdAt)],
            ["Enviat", email.sentAt ? formatDateTime(email.sentAt) : null],
            ["Darrer error", email.lastError],
            ["Identificador del proveïdor", email.providerId],
          ]}
        />
        {email.status === "FAILED" ? (
          <div className="mt-4">
            <ActionButton
              action={resendEmailAction}
              input={{ id: email.id }}
              label="Torna a enviar"
              success="El correu tornarà a sortir en pocs segons."
            />
          </div>
        ) : null}
      </Card>
      {email.language ? (
        <nav aria-label="Llengua del missatge" className="flex flex-wrap gap-3 text-sm">
          <span>Missatge en:</span>
          {(["ca", "es"] as const).map((code) =>
            code === email.language ? (
              <span key={code} lang={code} aria-current="true" className="font-semibold">
                {LANGUAGES[code]}
              </span>
            ) : (
              <a key={code} lang={code} href={`?llengua=${code}`}>
                {LANGUAGES[code]}
              </a>
            ),
          )}
        </nav>
      ) : null}
      {email.preview ? (
        <p className="text-muted">
          Vista prèvia: el missatge es genera en enviar-lo, i els enllaços personals d&apos;entrada no es conserven.
        </p>
      ) : null}
      {email.html ? (
        <Card title="Missatge">
          <iframe
            title={`Missatge: ${email.subject}`}
            srcDoc={email.html}
            sandbox=""
            className="h-[520px] w-full rounded border border-line"
          />
        </Card>
      ) : (
        <p className="text-muted">Aquest correu es generarà en enviar-lo.</p>
      )}
      {email.text ? (
        <Card title="Versió de text">
          <pre className="whitespace-pre-wrap break-words text-sm">{email.text}</pre>
        </Card>
      ) : null}
    </div>
  );
}
