"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/Alert";
import { Button, Checkbox, Fieldset, Input, TextArea } from "@/components/form/fields";
import { serverIssues, useFormFields } from "@/components/form/use-form-fields";
import type { RecordSheetInput } from "@/lib/mentorships/schema";
import { saveRecordSheetAction } from "../actions";

const FIELDS = [
  ["context", "Context", "El municipi i el punt de partida."],
  ["objectives", "Objectius", "Què volíeu aconseguir."],
  ["activities", "Activitats", "Què heu fet: trobades, visites, materials…"],
  ["results", "Resultats", "Què ha canviat o què s'ha aconseguit."],
  ["lessons", "Aprenentatges", "Què en podrien aprendre altres municipis."],
] as const;

export function RecordSheetForm({
  mentorshipId,
  defaults,
  topics,
}: {
  mentorshipId: string;
  defaults: RecordSheetInput;
  topics: { id: string; name: string }[];
}) {
  const router = useRouter();
  const form = useFormFields<RecordSheetInput>(defaults);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const { error } = form;

  const save = async (submit: boolean) => {
    setMessage(null);
    form.clearErrors();
    if (submit) {
      // The schema (and zod) load on first submission, not with the page.
      const { recordSheetSubmitSchema } = await import("@/lib/mentorships/schema");
      const check = recordSheetSubmitSchema.safeParse(form.getValues());
      if (!check.success) {
        form.showIssues(check.error.issues);
        return setMessage({ tone: "error", text: "Reviseu els camps marcats." });
      }
    }
    setPending(true);
    const result = await saveRecordSheetAction({
      mentorshipId,
      submit,
      values: form.getValues() as Record<string, unknown>,
    });
    setPending(false);
    if (!result.ok) {
      form.showIssues(serverIssues(result.fieldErrors));
      return setMessage({ tone: "error", text: result.error });
    }
    setMessage({
      tone: "success",
      text: submit ? "S'ha enviat la fitxa a la secretaria per revisar-la." : "S'ha desat l'esborrany de la fitxa.",
    });
    router.refresh();
  };

  return (
    <form
      noValidate
      className="space-y-5 rounded-lg border border-line bg-white p-6"
      onSubmit={(e) => {
        e.preventDefault();
        void save(true);
      }}
    >
      {message ? (
        <Alert tone={message.tone} live>
          {message.text}
        </Alert>
      ) : null}
      <Input label="Títol" required error={error("title")} {...form.register("title")} />
      {FIELDS.map(([key, label, help]) => (
        <TextArea key={key} label={label} help={help} rows={5} required error={error(key)} {...form.register(key)} />
      ))}
      <TextArea
        label="Recursos i enllaços (opcional)"
        help="Documents, webs o materials útils, un per línia."
        rows={3}
        error={error("resources")}
        {...form.register("resources")}
      />
      <Fieldset legend="Àmbits" name="topicIds" error={error("topicIds")} required>
        <div className="grid gap-2 md:grid-cols-2">
          {topics.map((topic) => (
            <Checkbox key={topic.id} value={topic.id} label={topic.name} {...form.register("topicIds")} />
          ))}
        </div>
      </Fieldset>
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="secondary" pending={pending} onClick={() => void save(false)}>
          Desa l&apos;esborrany
        </Button>
        <Button pending={pending}>Envia la fitxa a revisió</Button>
      </div>
    </form>
  );
}
