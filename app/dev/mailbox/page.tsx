import NextLink from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/lib/dates";
import { listMailbox } from "@/lib/email/mailbox";
import { isDevMailboxEnabled } from "@/lib/env";
import { cleanQuery } from "@/lib/query-params";

export const dynamic = "force-dynamic";

// What the local transport "delivered" (no RESEND_API_KEY): development and tests only.
export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!isDevMailboxEnabled()) notFound();
  const { to } = cleanQuery(await searchParams);
  const messages = await listMailbox({ to });
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">Bústia local</h1>
          <p className="text-muted">
            Correus que la plataforma hauria enviat, del més nou al més antic. Només existeix en desenvolupament i
            proves.
          </p>
        </div>
        <form className="flex items-end gap-2" method="get">
          <label className="text-sm">
            <span className="block font-medium">Filtra per destinatari</span>
            <input name="to" type="email" defaultValue={to} className="rounded border border-gray-400 px-2 py-1" />
          </label>
          <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white">
            Filtra
          </button>
        </form>
      </header>
      <p>
        <NextLink href="/ca">Torna a la plataforma</NextLink>
      </p>
      {messages.length === 0 ? <p>No hi ha cap correu.</p> : null}
      <ol className="space-y-6">
        {messages.map((message) => (
          <li key={message.id} className="rounded-lg border border-line bg-white p-4">
            <article aria-labelledby={`subject-${message.id}`}>
              <h2 id={`subject-${message.id}`} className="text-lg font-semibold">
                {message.subject}
              </h2>
              <p className="text-sm text-muted">
                Per a {message.to} · {formatDateTime(message.createdAt)}
              </p>
              <details className="mt-3" open={messages[0]?.id === message.id}>
                <summary className="cursor-pointer font-medium">Versió HTML</summary>
                <iframe
                  title={`Versió HTML: ${message.subject}`}
                  srcDoc={message.html}
                  sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"
                  className="mt-2 h-[480px] w-full rounded border border-line"
                />
              </details>
              <details className="mt-2">
                <summary className="cursor-pointer font-medium">Versió de text</summary>
                <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-surface p-3 text-sm">
                  {message.text}
                </pre>
              </details>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
