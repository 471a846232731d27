import type { ReactNode } from "react";
import { DataTable, Td } from "@/components/admin";
import type { MatchingBoard } from "@/lib/matching/board";

/** The mentors with availability this edition, and their free places. */
export function MentorsTable({ board, nav }: { board: MatchingBoard; nav: ReactNode }) {
  const { counts } = board;
  return (
    <section className="space-y-3" aria-labelledby="mentors-heading">
      <h2 id="mentors-heading" className="text-xl font-semibold">
        Persones mentores amb disponibilitat ({counts.mentors},{" "}
        {counts.freePlaces === 1 ? "1 plaça lliure" : `${counts.freePlaces} places lliures`})
      </h2>
      <DataTable
        caption="Places de les persones mentores"
        headers={["Persona mentora", "Comarca", "Àmbits", "Places", "Ocupades", "Lliures"]}
        empty="Cap persona mentora ha confirmat disponibilitat."
      >
        {board.mentors.map((m) => (
          <tr key={m.id}>
            <Td className="font-semibold">{m.name}</Td>
            <Td>{m.comarca ?? "—"}</Td>
            <Td>{m.topics.join(", ")}</Td>
            <Td>{m.capacity}</Td>
            <Td>{m.committed}</Td>
            <Td>{m.capacity - m.committed}</Td>
          </tr>
        ))}
      </DataTable>
      {nav}
    </section>
  );
}
