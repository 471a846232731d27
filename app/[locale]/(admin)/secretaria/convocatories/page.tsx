import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { Badge, ButtonLink, DataTable, Td } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { formatDay } from "@/lib/dates";
import { PHASE_LABELS } from "@/lib/editions/phases";
import { listEditions } from "@/lib/editions/queries";
import { Link } from "@/lib/i18n/navigation";

export const metadata: Metadata = { title: "Convocatòries" };

export default async function EditionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage", `/${locale}/secretaria/convocatories`);
  const editions = await listEditions(viewer);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Convocatòries"
        lead="Una convocatòria per any, amb el seu calendari i les seves regles."
        actions={<ButtonLink href="/secretaria/convocatories/nova">Nova convocatòria</ButtonLink>}
      />
      <DataTable
        caption="Convocatòries"
        headers={["Convocatòria", "Fase", "Inscripcions", "Sol·licituds enviades", "Disponibilitats"]}
        empty="Encara no hi ha cap convocatòria."
      >
        {editions.map((e) => (
          <tr key={e.id}>
            <Td>
              <Link href={`/secretaria/convocatories/${e.id}`} className="font-semibold">
                {e.name}
              </Link>{" "}
              {e.isCurrent ? <Badge tone="green">En curs</Badge> : null}
            </Td>
            <Td>{PHASE_LABELS[e.phase]}</Td>
            <Td>
              {formatDay(e.applicationsOpenOn)} – {formatDay(e.applicationsCloseOn)}
            </Td>
            <Td>{e._count.applications}</Td>
            <Td>{e._count.offers}</Td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
