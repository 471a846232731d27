import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/Alert";
import { ButtonLink } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { planPhaseChange } from "@/lib/editions/phase-change";
import { PHASE_LABELS, PHASES } from "@/lib/editions/phases";
import type { EditionPhase } from "@/lib/generated/prisma/enums";
import { ConfirmPhaseChange } from "./ConfirmPhaseChange";
import { cleanQuery } from "@/lib/query-params";

export const metadata: Metadata = { title: "Canvi de fase" };

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ a?: string }> };

export default async function PhaseChangePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage", `/${locale}/secretaria/convocatories/${id}`);
  const requested = cleanQuery(await searchParams).a;
  const to = (PHASES as string[]).includes(requested ?? "") ? (requested as EditionPhase) : null;
  if (!to) {
    return <Alert tone="error">Indiqueu a quina fase voleu passar.</Alert>;
  }
  const plan = await planPhaseChange(viewer, id, to);
  const total = plan.groups.reduce((n, g) => n + g.recipients.length, 0);
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        title={`Passar a «${PHASE_LABELS[to]}»`}
        lead={`${plan.edition.name}: de «${PHASE_LABELS[plan.edition.phase]}» a «${PHASE_LABELS[to]}».`}
      />
      {plan.problem ? (
        <>
          <Alert tone="error" title="Aquest canvi de fase no és possible">
            {plan.problem}
          </Alert>
          <ButtonLink href={`/secretaria/convocatories/${id}`} variant="secondary">
            Torna a la convocatòria
          </ButtonLink>
        </>
      ) : (
        <>
          {plan.warnings.length ? (
            <Alert tone="warning" title="Abans de continuar">
              <ul className="list-disc space-y-1 pl-5">
                {plan.warnings.map((w) => (
                  <li key={w.text}>{w.text}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          {total ? (
            <p>
              En confirmar el canvi s&apos;enviaran <strong>{total}</strong> correus, un per persona:
            </p>
          ) : (
            <Alert tone="info">Aquest canvi de fase no envia cap correu.</Alert>
          )}
          {plan.groups.map((group) => (
            <section key={group.label} className="space-y-3 rounded-lg border border-line bg-white p-5">
              <h2 className="text-lg font-semibold">
                {group.label} ({group.recipients.length})
              </h2>
              <p>
                Assumpte: <strong>{group.subject}</strong>
              </p>
              <details>
                <summary className="cursor-pointer font-medium">Destinataris</summary>
                <ul className="mt-2 list-disc pl-6 text-sm">
                  {group.recipients.map((r) => (
                    <li key={r.id}>
                      {r.name ?? r.email} &lt;{r.email}&gt;
                    </li>
                  ))}
                </ul>
              </details>
              <details>
                <summary className="cursor-pointer font-medium">
                  Previsualització del correu (primer destinatari)
                </summary>
                <iframe
                  title={`Previsualització: ${group.subject}`}
                  srcDoc={group.previewHtml}
                  sandbox=""
                  className="mt-2 h-[520px] w-full rounded border border-line"
                />
              </details>
            </section>
          ))}
          <ConfirmPhaseChange
            editionId={id}
            from={plan.edition.phase}
            to={to}
            locale={locale}
            label={`Confirma el pas a «${PHASE_LABELS[to]}»`}
            warned={plan.warnings.length > 0}
          />
        </>
      )}
    </div>
  );
}
