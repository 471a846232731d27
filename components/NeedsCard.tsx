import { Card } from "@/components/Card";

type Need = { id: string; description: string; topic: { name: string } };

/** An application's needs: each topic with its priority (`heading`, in the page's words), then what the person wrote. */
export function NeedsCard<N extends Need>({
  title,
  needs,
  heading,
}: {
  title: string;
  needs: N[];
  heading: (need: N) => string;
}) {
  return (
    <Card title={title}>
      <ul className="space-y-3">
        {needs.map((n) => (
          <li key={n.id}>
            <p className="font-semibold">{heading(n)}</p>
            <p className="whitespace-pre-line">{n.description}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
