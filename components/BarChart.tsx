import { useTranslations } from "next-intl";

type Datum = { label: string; value: number };

/**
 * A horizontal bar chart that is a data table: each row is a category (row header), its value,
 * and a bar drawn to scale beside the value. Screen readers and anyone who prefers figures read
 * the same table the chart is made of, so nothing is said twice, and the page carries half the
 * markup a drawing plus a separate table took (the secretariat's dashboard has four of them).
 */
export function BarChart({ id, title, data }: { id: string; title: string; data: Datum[] }) {
  const t = useTranslations("common");
  const max = Math.max(1, ...data.map((d) => d.value));
  return (
    <table id={id} className="w-full max-w-2xl text-sm">
      <caption className="mb-2 text-left text-base font-semibold">{title}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t("chartCategory")}</th>
          <th scope="col">{t("chartValue")}</th>
        </tr>
      </thead>
      <tbody>
        {data.length === 0 ? (
          <tr>
            <td colSpan={2} className="text-muted">
              {t("chartNoData")}
            </td>
          </tr>
        ) : (
          data.map((d) => (
            <tr key={d.label}>
              <th scope="row" className="w-2/5 py-1 pr-3 text-right align-middle font-normal">
                {d.label}
              </th>
              <td className="py-1 align-middle whitespace-nowrap">
                <span
                  aria-hidden="true"
                  className="mr-2 inline-block h-4 min-w-0.5 rounded-sm bg-brand-700 align-middle print-exact"
                  style={{ width: `${(d.value / max) * 85}%` }}
                />
                {d.value}
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
