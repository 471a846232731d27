import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DataTable, Td } from "@/components/admin";
import type { MatchingBoard } from "@/lib/matching/board";

/** The mentors with availability this edition, and their free places. */
export function MentorsTable({ board, nav }: { board: MatchingBoard; nav: ReactNode }) {
  const t = useTranslations("adminMatching.mentors");
  const { counts } = board;
  return (
    <section className="space-y-3" aria-labelledby="mentors-heading">
      <h2 id="mentors-heading" className="text-xl font-semibold">
        {t("heading", { mentors: counts.mentors, places: counts.freePlaces })}
      </h2>
      <DataTable
        caption={t("caption")}
        headers={[t("col.mentor"), t("col.comarca"), t("col.topics"), t("col.places"), t("col.taken"), t("col.free")]}
        empty={t("empty")}
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
