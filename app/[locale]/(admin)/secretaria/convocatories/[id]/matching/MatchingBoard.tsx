"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Alert } from "@/components/Alert";
import { Badge, DataTable, Td } from "@/components/admin";
import { Button, Input, TextArea } from "@/components/form/fields";
import { PRIORITY_LABELS } from "@/lib/applications/labels";
import { WEIGHT_LABELS } from "@/lib/matching/weight-labels";
import type { Weights } from "@/lib/matching/weights";
import { saveWeightsAction, sendProposalsAction, suggestAction, withdrawProposalAction } from "./actions";

type Ranked = { mentorId: string; name: string; score: number; reasons: string[] };
type BoardApplication = {
  id: string;
  applicant: string;
  municipality: string;
  comarca: string;
  needs: { topic: string; priority: keyof typeof PRIORITY_LABELS }[];
  preferred: string[];
  ranked: Ranked[];
  sameMunicipality: Ranked[];
};
type Props = {
  editionId: string;
  open: boolean;
  weights: Weights;
  applications: BoardApplication[];
  mentors: {
    id: string;
    name: string;
    comarca: string | null;
    capacity: number;
    committed: number;
    topics: string[];
  }[];
  proposals: {
    id: string;
    status: string;
    score: number | null;
    respondBy: string;
    mentor: string;
    applicant: string;
    municipality: string;
  }[];
  counts: { applications: number; mentors: number; proposals: number; freePlaces: number };
  /** Page links of the three lists, rendered by the page. */
  nav: { applications: ReactNode; proposals: ReactNode; mentors: ReactNode };
};
type Draft = {
  applicationId: string;
  mentorId: string;
  score: number;
  reasons: string[];
  include: boolean;
  applicant: string;
  municipality: string;
  mentorName: string;
  alternatives: Ranked[];
};

export function MatchingBoard({ editionId, open, weights, applications, mentors, proposals, counts, nav }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [draft, setDraft] = useState<Draft[] | null>(null);
  const [objective, setObjective] = useState<{ matched: number; totalScore: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (items: { applicationId: string; mentorId: string; allowSameMunicipality?: boolean }[]) => {
    setBusy(true);
    setNotice(null);
    const result = await sendProposalsAction({ editionId, items, message: message.trim() || null });
    setBusy(false);
    if (!result.ok) return setNotice({ tone: "error", text: result.error });
    setDraft(null);
    setNotice({
      tone: "success",
      text: result.data.sent === 1 ? "S'ha enviat 1 proposta." : `S'han enviat ${result.data.sent} propostes.`,
    });
    router.refresh();
  };

  return (
    <div className="space-y-8">
      {notice ? (
        <Alert tone={notice.tone} live>
          {notice.text}
        </Alert>
      ) : null}

      <section className="grid gap-6 lg:grid-cols-2">
        <WeightsForm editionId={editionId} weights={weights} onSaved={() => router.refresh()} />
        <div className="space-y-3 rounded-lg border border-line bg-white p-5">
          <h2 className="text-lg font-semibold">Proposar parelles</h2>
          <TextArea
            name="message"
            label="Missatge personal per a les persones mentores (opcional)"
            rows={3}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
          {open ? (
            <Button
              type="button"
              pending={busy}
              pendingLabel="S'està calculant…"
              onClick={async () => {
                setBusy(true);
                const result = await suggestAction({ editionId });
                setBusy(false);
                if (!result.ok) return setNotice({ tone: "error", text: result.error });
                setObjective(result.data.objective);
                setDraft(result.data.pairs.map((p) => ({ ...p, include: true })));
              }}
            >
              Suggereix-ho tot
            </Button>
          ) : null}
          <p className="text-sm text-muted">
            El suggeriment és l&apos;assignació que fa més parelles possibles i, entre aquestes, la de puntuació total
            més alta, respectant les places de cada persona mentora. Podeu editar-lo abans d&apos;enviar-lo.
          </p>
        </div>
      </section>

      {draft ? (
        <section className="space-y-3" aria-labelledby="draft-heading">
          <h2 id="draft-heading" className="text-xl font-semibold">
            Esborrany suggerit
          </h2>
          <p>
            {objective?.matched ?? 0} parelles, puntuació total {objective?.totalScore.toFixed(2)}. Desmarqueu les que
            no vulgueu enviar o canvieu la persona mentora.
          </p>
          <DataTable
            caption="Esborrany de parelles"
            headers={["Enviar", "Sol·licitud", "Persona mentora", "Puntuació", "Per què"]}
            empty="No hi ha cap parella possible."
          >
            {draft.map((row, index) => {
              const app = { applicant: row.applicant, municipality: row.municipality };
              return (
                <tr key={row.applicationId}>
                  <Td>
                    <input
                      type="checkbox"
                      aria-label={`Envia la proposta per a ${app?.applicant}`}
                      className="h-5 w-5 accent-brand-700"
                      checked={row.include}
                      onChange={(e) =>
                        setDraft(draft.map((d, i) => (i === index ? { ...d, include: e.target.checked } : d)))
                      }
                    />
                  </Td>
                  <Td>
                    {app?.applicant}
                    <span className="block text-muted">{app?.municipality}</span>
                  </Td>
                  <Td>
                    <select
                      aria-label={`Persona mentora per a ${app?.applicant}`}
                      className="rounded border border-gray-400 bg-white px-2 py-1"
                      value={row.mentorId}
                      onChange={(e) => {
                        const choice = row.alternatives.find((r) => r.mentorId === e.target.value);
                        setDraft(
                          draft.map((d, i) =>
                            i === index
                              ? {
                                  ...d,
                                  mentorId: e.target.value,
                                  mentorName: choice?.name ?? d.mentorName,
                                  score: choice?.score ?? d.score,
                                  reasons: choice?.reasons ?? d.reasons,
                                }
                              : d,
                          ),
                        );
                      }}
                    >
                      {[
                        ...new Map([
                          [row.mentorId, row.mentorName],
                          ...row.alternatives.map((r) => [r.mentorId, r.name] as [string, string]),
                        ]),
                      ].map(([id, name]) => (
                        <option key={id} value={id}>
                          {name}
                        </option>
                      ))}
                    </select>
                  </Td>
                  <Td>{row.score.toFixed(2)}</Td>
                  <Td>
                    <ul className="list-disc pl-4">
                      {row.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  </Td>
                </tr>
              );
            })}
          </DataTable>
          <div className="flex gap-3">
            <Button
              type="button"
              pending={busy}
              pendingLabel="S'estan enviant…"
              disabled={!draft.some((d) => d.include)}
              onClick={() =>
                send(draft.filter((d) => d.include).map(({ applicationId, mentorId }) => ({ applicationId, mentorId })))
              }
            >
              Envia les propostes seleccionades ({draft.filter((d) => d.include).length})
            </Button>
            <Button type="button" variant="secondary" onClick={() => setDraft(null)}>
              Descarta l&apos;esborrany
            </Button>
          </div>
        </section>
      ) : null}

      <section className="space-y-4" aria-labelledby="open-heading">
        <h2 id="open-heading" className="text-xl font-semibold">
          Sol·licituds sense persona mentora ({counts.applications})
        </h2>
        {counts.applications === 0 ? (
          <p>Totes les sol·licituds enviades tenen una proposta en curs o acceptada.</p>
        ) : null}
        {applications.map((app) => (
          <article
            key={app.id}
            className="space-y-3 rounded-lg border border-line bg-white p-5"
            aria-labelledby={`app-${app.id}`}
          >
            <h3 id={`app-${app.id}`} className="text-lg font-semibold">
              {app.applicant} · {app.municipality} ({app.comarca})
            </h3>
            <p className="text-sm">
              Necessitats:{" "}
              {app.needs.map((n) => `${n.topic} (${PRIORITY_LABELS[n.priority].toLowerCase()})`).join(", ")}
              {app.preferred.length ? ` · Preferències: ${app.preferred.join(", ")}` : ""}
            </p>
            <DataTable
              caption={`Persones mentores per a ${app.applicant}`}
              headers={["Persona mentora", "Puntuació", "Per què", ""]}
              empty="Cap persona mentora no compleix les regles (places, municipi, declinacions)."
            >
              {app.ranked.map((r) => (
                <tr key={r.mentorId}>
                  <Td className="font-semibold">{r.name}</Td>
                  <Td>{r.score.toFixed(2)}</Td>
                  <Td>
                    <ul className="list-disc pl-4">
                      {r.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </Td>
                  <Td>
                    {open ? (
                      <Button
                        type="button"
                        variant="secondary"
                        pending={busy}
                        pendingLabel="…"
                        onClick={() => send([{ applicationId: app.id, mentorId: r.mentorId }])}
                        aria-label={`Proposa ${r.name} per a ${app.applicant}`}
                      >
                        Proposa
                      </Button>
                    ) : null}
                  </Td>
                </tr>
              ))}
            </DataTable>
            {app.sameMunicipality.length && open ? (
              <details>
                <summary className="cursor-pointer text-sm font-medium">
                  Persones mentores del mateix municipi (excepció)
                </summary>
                <ul className="mt-2 space-y-2">
                  {app.sameMunicipality.map((r) => (
                    <li key={r.mentorId} className="flex items-center gap-3">
                      {r.name} ({r.score.toFixed(2)})
                      <Button
                        type="button"
                        variant="secondary"
                        onClick={() =>
                          send([{ applicationId: app.id, mentorId: r.mentorId, allowSameMunicipality: true }])
                        }
                      >
                        Proposa igualment
                      </Button>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </article>
        ))}
        {nav.applications}
      </section>

      <section className="space-y-3" aria-labelledby="proposals-heading">
        <h2 id="proposals-heading" className="text-xl font-semibold">
          Propostes en curs i acceptades ({counts.proposals})
        </h2>
        <DataTable
          caption="Propostes"
          headers={["Sol·licitud", "Persona mentora", "Estat", "Termini de resposta", ""]}
          empty="Encara no s'ha enviat cap proposta."
        >
          {proposals.map((p) => (
            <tr key={p.id}>
              <Td>
                {p.applicant}
                <span className="block text-muted">{p.municipality}</span>
              </Td>
              <Td>{p.mentor}</Td>
              <Td>
                {p.status === "ACCEPTED" ? (
                  <Badge tone="green">Acceptada</Badge>
                ) : (
                  <Badge tone="amber">Pendent de resposta</Badge>
                )}
              </Td>
              <Td>{p.status === "PENDING" ? p.respondBy : "—"}</Td>
              <Td>
                {p.status === "PENDING" ? (
                  <Button
                    type="button"
                    variant="secondary"
                    aria-label={`Retira la proposta de ${p.mentor} per a ${p.applicant}`}
                    onClick={async () => {
                      if (
                        !window.confirm("Segur que voleu retirar aquesta proposta? La persona mentora en rebrà l'avís.")
                      )
                        return;
                      const result = await withdrawProposalAction({ proposalId: p.id });
                      if (!result.ok) setNotice({ tone: "error", text: result.error });
                      else router.refresh();
                    }}
                  >
                    Retira
                  </Button>
                ) : null}
              </Td>
            </tr>
          ))}
        </DataTable>
        {nav.proposals}
      </section>

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
          {mentors.map((m) => (
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
        {nav.mentors}
      </section>
    </div>
  );
}

function WeightsForm({ editionId, weights, onSaved }: { editionId: string; weights: Weights; onSaved: () => void }) {
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, String(v)])),
  );
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<string | null>(null);
  return (
    <form
      className="space-y-3 rounded-lg border border-line bg-white p-5"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setStatus(null);
        const result = await saveWeightsAction({ editionId, weights: values as unknown as Weights });
        if (!result.ok) {
          setErrors(
            Object.fromEntries(
              Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k.replace(/^weights\./, ""), v]),
            ),
          );
          return setStatus(result.error);
        }
        setErrors({});
        setStatus("S'han desat els pesos.");
        onSaved();
      }}
    >
      <h2 className="text-lg font-semibold">Pesos dels criteris</h2>
      <p className="text-sm text-muted">De 0 a 100. Compten en proporció a la seva suma.</p>
      {(Object.keys(WEIGHT_LABELS) as (keyof Weights)[]).map((key) => (
        <Input
          key={key}
          name={`weight-${key}`}
          label={WEIGHT_LABELS[key]}
          type="number"
          min={0}
          max={100}
          value={values[key]}
          error={errors[key]?.[0]}
          onChange={(e) => setValues({ ...values, [key]: e.target.value })}
        />
      ))}
      {status ? <p role="status">{status}</p> : null}
      <Button>Desa els pesos</Button>
    </form>
  );
}
