/** "Suggereix-ho tot": a GET form, so the suggested draft is an address of its own (and works without JavaScript). */
export function SuggestPanel({ open }: { open: boolean }) {
  return (
    <div className="space-y-3 rounded-lg border border-line bg-white p-5">
      <h2 className="text-lg font-semibold">Proposar parelles</h2>
      {open ? (
        <form method="get" action="#draft-heading">
          <input type="hidden" name="suggeriment" value="1" />
          <button
            type="submit"
            className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            Suggereix-ho tot
          </button>
        </form>
      ) : null}
      <p className="text-sm text-muted">
        El suggeriment és l&apos;assignació que fa més parelles possibles i, entre aquestes, la de puntuació total més
        alta, respectant les places de cada persona mentora. Podeu editar-lo abans d&apos;enviar-lo. També podeu
        proposar una persona mentora per a cada sol·licitud a la llista de sota.
      </p>
    </div>
  );
}
