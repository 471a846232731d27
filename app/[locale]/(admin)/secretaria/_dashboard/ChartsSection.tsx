import { DataTable, Td } from "@/components/admin";
import { BarChart } from "@/components/BarChart";
import { Card } from "@/components/Card";
import { Link } from "@/lib/i18n/navigation";
import type { Dashboard } from "@/lib/reports/dashboard";

/** Applications by topic and comarca, the edition's funnel, and the comparison with other editions. */
export function ChartsSection({ d }: { d: Pick<Dashboard, "byTopic" | "byComarca" | "funnel" | "history"> }) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title="Sol·licituds per àmbit">
        <BarChart id="chart-topics" title="Necessitats de les sol·licituds enviades, per àmbit" data={d.byTopic} />
      </Card>
      <Card title="Sol·licituds per comarca">
        <BarChart id="chart-comarques" title="Sol·licituds enviades per comarca" data={d.byComarca} />
      </Card>
      <Card title="Embut de la convocatòria">
        <BarChart id="chart-funnel" title="De la sol·licitud a l'acompanyament completat" data={d.funnel} />
      </Card>
      <Card title="Comparació amb altres convocatòries" className="lg:col-span-2">
        <BarChart
          id="chart-history"
          title="Sol·licituds enviades per convocatòria"
          data={d.history.map((h) => ({ label: h.name, value: h.applications }))}
        />
        <div className="mt-4">
          <DataTable
            caption="Comparació de convocatòries"
            headers={["Convocatòria", "Sol·licituds", "Acompanyaments", "Completats", "Fitxes publicades"]}
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
