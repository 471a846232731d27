import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { Alert } from "@/components/Alert";
import { ButtonLink } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { planPhaseChange } from "@/lib/editions/phase-change";
import { PHASES } from "@/lib/editions/phases";
import { formatDay, day, type AppLocale } from "@/lib/dates";
import { ClientMessages } from "@/components/ClientMessages";
import type { EditionPhase } from "@/lib/generated/prisma/enums";
import { ConfirmPhaseChange } from "./ConfirmPhaseChange";
import { cleanQuery } from "@/lib/query-params";

export const generateMetadata = titleFromMessages("adminPhase");

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ a?: string }> };

export default async function PhaseChangePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage", `/${locale}/secretaria/convocatories/${id}`);
  const requested = cleanQuery(await searchParams).a;
  const [t, tPhase, tError] = await Promise.all([
    getTranslations("adminPhase"),
    getTranslations("editionPhases"),
    getTranslations("appErrors"),
  ]);
  const to = (PHASES as string[]).includes(requested ?? "") ? (requested as EditionPhase) : null;
  if (!to) {
    return <Alert tone="error">{t("noTarget")}</Alert>;
  }
  const plan = await planPhaseChange(viewer, id, to);
  const total = plan.groups.reduce((n, g) => n + g.recipients.length, 0);
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        title={t("heading", { phase: tPhase(to) })}
        lead={t("lead", { edition: plan.edition.name, from: tPhase(plan.edition.phase), to: tPhase(to) })}
      />
      {plan.problem ? (
        <>
          <Alert tone="error" title={t("impossible")}>
            {tError(plan.problem.key, plan.problem.values)}
          </Alert>
          <ButtonLink href={`/secretaria/convocatories/${id}`} variant="secondary">
            {t("back")}
          </ButtonLink>
        </>
      ) : (
        <>
          {plan.warnings.length ? (
            <Alert tone="warning" title={t("beforeContinuing")}>
              <ul className="list-disc space-y-1 pl-5">
                {plan.warnings.map((w) => (
                  <li key={w.key}>
                    {t(`warning.${w.key}`, {
                      count: w.count,
                      date: w.date ? formatDay(day(w.date), locale as AppLocale) : "",
                    })}
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}
          {total ? (
            <p>{t.rich("emailCount", { count: total, strong: (chunks) => <strong>{chunks}</strong> })}</p>
          ) : (
            <Alert tone="info">{t("noEmail")}</Alert>
          )}
          {plan.groups.map((group) => (
            <section key={group.group} className="space-y-3 rounded-lg border border-line bg-white p-5">
              <h2 className="text-lg font-semibold">
                {t(`group.${group.group}`)} ({group.recipients.length})
              </h2>
              <p>
                {t("subject")} <strong>{group.subject}</strong>
              </p>
              <details>
                <summary className="cursor-pointer font-medium">{t("recipients")}</summary>
                <ul className="mt-2 list-disc pl-6 text-sm">
                  {group.recipients.map((r) => (
                    <li key={r.id}>
                      {r.name ?? r.email} &lt;{r.email}&gt;
                    </li>
                  ))}
                </ul>
              </details>
              <details>
                <summary className="cursor-pointer font-medium">{t("preview")}</summary>
                <iframe
                  title={t("previewTitle", { subject: group.subject })}
                  srcDoc={group.previewHtml}
                  sandbox=""
                  className="mt-2 h-[520px] w-full rounded border border-line"
                />
              </details>
            </section>
          ))}
          <ClientMessages namespaces={["adminPhase"]}>
            <ConfirmPhaseChange
              editionId={id}
              from={plan.edition.phase}
              to={to}
              locale={locale}
              label={t("confirm", { phase: tPhase(to) })}
              warned={plan.warnings.length > 0}
            />
          </ClientMessages>
        </>
      )}
    </div>
  );
}
