import type { ReactNode } from "react";

type Datum = { label: string; value: number };

/**
 * A horizontal bar chart drawn in SVG, with its numbers in a table right below for screen
 * readers and for anyone who prefers figures.
 */
export function BarChart({ id, title, data, unit = "", empty = "Encara no hi ha dades." }: { id: string; title: string; data: Datum[]; unit?: string; empty?: ReactNode }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const rowHeight = 28;
  const labelWidth = 210;
  const width = 640;
  const barSpace = width - labelWidth - 60;
  return (
    <figure className="space-y-2" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      {data.length === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${width} ${data.length * rowHeight + 8}`} className="w-full max-w-2xl" aria-hidden="true" focusable="false">
            {data.map((d, i) => {
              const y = i * rowHeight + 4;
              const w = Math.max(2, (d.value / max) * barSpace);
              return (
                <g key={d.label}>
                  <text x={labelWidth - 8} y={y + 17} textAnchor="end" fontSize="13" fill="#1b1f23">
                    {d.label.length > 30 ? `${d.label.slice(0, 29)}…` : d.label}
                  </text>
                  <rect x={labelWidth} y={y + 4} width={w} height={rowHeight - 10} fill="#0b5d4b" rx="3" />
                  <text x={labelWidth + w + 6} y={y + 17} fontSize="13" fill="#1b1f23">
                    {d.value}
                  </text>
                </g>
              );
            })}
          </svg>
          <details>
            <summary className="cursor-pointer text-sm">Taula de dades: {title.toLowerCase()}</summary>
            <table className="mt-2 text-sm">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-6 text-left">
                    Categoria
                  </th>
                  <th scope="col" className="text-right">
                    Valor{unit ? ` (${unit})` : ""}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.map((d) => (
                  <tr key={d.label}>
                    <th scope="row" className="pr-6 text-left font-normal">
                      {d.label}
                    </th>
                    <td className="text-right">{d.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
