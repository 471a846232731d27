import { ActionButton } from "@/components/ActionButton";
import { erasePersonAction } from "../actions";

/** The right to erasure: a closed disclosure, and a confirming step before it is done. */
export function EraseSection({ personId, locale }: { personId: string; locale: string }) {
  return (
    <details className="rounded-lg border border-line bg-white p-5">
      <summary className="cursor-pointer font-semibold">Esborrar les dades personals (dret de supressió)</summary>
      <div className="mt-3 space-y-3">
        <p>
          S&apos;esborraran o anonimitzaran totes les dades personals d&apos;aquesta persona (nom, adreça, telèfon,
          càrrec, textos que ha escrit i correus que l&apos;anomenen), se&apos;n tancaran les sessions i no podrà tornar
          a entrar. L&apos;historial del programa es manté sense identitat. No es pot desfer.
        </p>
        <ActionButton
          action={erasePersonAction}
          input={{ personId: personId }}
          label="Esborra les dades personals"
          variant="danger"
          confirm="Segur que voleu esborrar les dades personals d'aquesta persona? No es pot desfer."
          confirmLabel="Sí, esborra-les"
          success="S'han esborrat les dades personals."
          redirectTo={`/${locale}/secretaria/persones?esborrada=1`}
        />
      </div>
    </details>
  );
}
