import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/Card";
import { formatDateTime, type AppLocale } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import type { AttentionItem } from "@/lib/reports/dashboard";

/** "Cal la vostra atenció": everything that waits for the secretariat, each with its count and a link to the filtered list. */
export function AttentionCard({ items }: { items: AttentionItem[] }) {
  const t = useTranslations("dashboard.attention");
  const locale = useLocale() as AppLocale;
  const attention = items.filter((a) => a.count > 0);
  const words = (item: AttentionItem) => {
    if (item.key !== "hold") return t(item.key, item.values);
    const { until, reason } = item.values as { until: string; reason: string };
    const why = t.has(`holdReason.${reason}`) ? t(`holdReason.${reason}`) : reason;
    return t("hold", { until: formatDateTime(new Date(until), locale), reason: why });
  };
  return (
    <Card title={t("title")}>
      {attention.length ? (
        <ul className="space-y-1">
          {attention.map((item) => (
            <li key={item.key}>
              <Link href={item.href}>
                {words(item)}: <strong>{item.count}</strong>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("none")}</p>
      )}
    </Card>
  );
}
