import { useTranslations } from "next-intl";
import { DataTable, Td } from "@/components/admin";
import { BarChart } from "@/components/BarChart";
import { Card } from "@/components/Card";
import { Link } from "@/lib/i18n/navigation";
import type { Dashboard } from "@/lib/reports/dashboard";

/** Applications by topic and comarca, the edition's funnel, and the comparison with other editions. */
export function ChartsSection({ d }: { d: Pick<Dashboard, "byTopic" | "byComarca" | "funnel" | "history"> }) {
  const t = useTranslations("dashboard");
  const funnel = d.funnel.map((f) => ({ ...f, label: f.key ? t(`funnel.${f.key}`) : f.label }));
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title={t("charts.byTopic")}>
        <BarChart id="chart-topics" title={t("charts.byTopicTitle")} data={d.byTopic} />
      </Card>
      <Card title={t("charts.byComarca")}>
        <BarChart id="chart-comarques" title={t("charts.byComarcaTitle")} data={d.byComarca} />
      </Card>
      <Card title={t("charts.funnel")}>
        <BarChart id="chart-funnel" title={t("charts.funnelTitle")} data={funnel} />
      </Card>
      <Card title={t("charts.history")} className="lg:col-span-2">
        <BarChart
          id="chart-history"
          title={t("charts.historyTitle")}
          data={d.history.map((h) => ({ label: h.name, value: h.applications }))}
        />
        <div className="mt-4">
          <DataTable
            caption={t("charts.historyCaption")}
            headers={[
              t("charts.edition"),
              t("charts.applications"),
              t("charts.mentorships"),
              t("charts.completed"),
              t("charts.fitxes"),
            ]}
          >
            {d.history.map((h) => (
              <tr key={h.id}>
                <Td>
                  <Link href={`/secretaria?convocatoria=${h.id}`}>{h.name}</Link>
                </Td>
                <Td>{h.applications}</Td>
                <Td>{h.mentorships}</Td>
                <Td>{h.completed}</Td>
                <Td>{h.fitxes}</Td>
              </tr>
            ))}
          </DataTable>
        </div>
      </Card>
    </div>
  );
}
