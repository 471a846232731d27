"use client";

import { Alert } from "@/components/Alert";
import { Checkbox, Fieldset, Input, TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import type { RecordSheetInput } from "@/lib/mentorships/schema";
import { saveRecordSheetAction } from "../actions";
import { FormFrame } from "@/components/form/FormFrame";

const FIELDS = [
  ["context", "Context", "El municipi i el punt de partida."],
  ["objectives", "Objectius", "Què volíeu aconseguir."],
  ["activities", "Activitats", "Què heu fet: trobades, visites, materials…"],
  ["results", "Resultats", "Què ha canviat o què s'ha aconseguit."],
  ["lessons", "Aprenentatges", "Què en podrien aprendre altres municipis."],
] as const;

/** The mentee's fitxa: saved as a draft at any time, or sent to the secretariat for review when complete. */
export function RecordSheetForm({
  mentorshipId,
  defaults,
  topics,
}: {
  mentorshipId: string;
  defaults: RecordSheetInput;
  topics: { id: string; name: string }[];
}) {
  const server = useServerForm({
    action: saveRecordSheetAction,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.recordSheetFormSchema),
    defaults: { mentorshipId, mode: "", values: { ...defaults, topicIds: defaults.topicIds || [] } },
  });
  const { field, state } = server;
  const saved = state?.ok ? state.data : null;
  return (
    <FormFrame server={server} className="space-y-5 rounded-lg border border-line bg-white p-6">
      {saved ? (
        <Alert tone="success" live>
          {saved.submitted
            ? "S'ha enviat la fitxa a la secretaria per revisar-la."
            : "S'ha desat l'esborrany de la fitxa."}
        </Alert>
      ) : null}
      <input type="hidden" {...field("mentorshipId")} />
      <Input label="Títol" required {...field("values.title")} />
      {FIELDS.map(([key, label, help]) => (
        <TextArea key={key} label={label} help={help} rows={5} required {...field(`values.${key}`)} />
      ))}
      <TextArea
        label="Recursos i enllaços (opcional)"
        help="Documents, webs o materials útils, un per línia."
        rows={3}
        {...field("values.resources")}
      />
      <Fieldset legend="Àmbits" name="values.topicIds" error={field("values.topicIds").error} required>
        <div className="grid gap-2 md:grid-cols-2">
          {topics.map((topic) => (
            <Checkbox key={topic.id} label={topic.name} {...field("values.topicIds", { value: topic.id })} />
          ))}
        </div>
      </Fieldset>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="mode" value="draft" variant="secondary" pendingLabel="S'està desant…">
          Desa l&apos;esborrany
        </SubmitButton>
        <SubmitButton name="mode" value="submit" pendingLabel="S'està enviant…">
          Envia la fitxa a revisió
        </SubmitButton>
      </div>
    </FormFrame>
  );
}
