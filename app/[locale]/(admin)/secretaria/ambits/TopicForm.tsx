"use client";

import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import { Input } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { saveTopicAction, setTopicActiveAction } from "./actions";

/** A new topic, or one of the list with its name and order and the button that (de)activates it. */
export function TopicForm({ topic }: { topic?: { id: string; name: string; sortOrder: number; active: boolean } }) {
  const prefix = topic ? `topic-${topic.id}` : "new-topic";
  const { field, action, formProps, formError, form } = useServerForm({
    action: saveTopicAction,
    resetOnSuccess: !topic,
    schema: () => import("@/lib/topics/schema").then((m) => m.topicFormSchema),
    defaults: { id: topic?.id ?? "", values: { name: topic?.name ?? "", sortOrder: String(topic?.sortOrder ?? 100) } },
  });
  const fieldErrors = form.formState.errors.values;
  return (
    <div className="flex flex-wrap items-end gap-3">
      <form action={action} {...formProps} className="flex flex-1 flex-wrap items-end gap-3">
        {formError && !fieldErrors ? <Alert tone="error">{formError}</Alert> : null}
        {topic ? <input type="hidden" {...field("id")} /> : null}
        <Input
          id={`${prefix}-name`}
          label={topic ? `Nom de l'àmbit` : "Nou àmbit"}
          wrapperClassName="min-w-64 flex-1"
          {...field("values.name")}
        />
        <Input
          id={`${prefix}-order`}
          label="Ordre"
          type="number"
          inputMode="numeric"
          min={0}
          max={999}
          wrapperClassName="w-24"
          {...field("values.sortOrder")}
        />
        <SubmitButton pendingLabel="S'està desant…" ariaLabel={topic ? `Desa l'àmbit ${topic.name}` : undefined}>
          {topic ? "Desa" : "Afegeix"}
        </SubmitButton>
      </form>
      {topic ? (
        <ActionButton
          action={setTopicActiveAction}
          input={{ id: topic.id, active: !topic.active }}
          label={topic.active ? "Desactiva" : "Reactiva"}
          ariaLabel={`${topic.active ? "Desactiva" : "Reactiva"} l'àmbit ${topic.name}`}
          variant="secondary"
        />
      ) : null}
    </div>
  );
}
