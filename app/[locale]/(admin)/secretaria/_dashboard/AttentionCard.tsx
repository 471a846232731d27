import { Card } from "@/components/Card";
import { Link } from "@/lib/i18n/navigation";
import type { AttentionItem } from "@/lib/reports/dashboard";

/** "Cal la vostra atenció": everything that waits for the secretariat, each with its count and a link to the filtered list. */
export function AttentionCard({ items }: { items: AttentionItem[] }) {
  const attention = items.filter((a) => a.count > 0);
  return (
    <Card title="Cal la vostra atenció">
      {attention.length ? (
        <ul className="space-y-1">
          {attention.map((item) => (
            <li key={item.label}>
              <Link href={item.href}>
                {item.label}: <strong>{item.count}</strong>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>No hi ha res pendent.</p>
      )}
    </Card>
  );
}
