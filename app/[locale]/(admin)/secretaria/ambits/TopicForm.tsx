"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/Alert";
import { Button, Input } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { TopicInput } from "@/lib/topics/schema";
import { createTopicAction, setTopicActiveAction, updateTopicAction } from "./actions";

export function TopicForm({ topic }: { topic?: { id: string; name: string; sortOrder: number; active: boolean } }) {
  const router = useRouter();
  const [toggleError, setToggleError] = useState<string | null>(null);
  const prefix = topic ? `topic-${topic.id}` : "new-topic";
  const { form, onSubmit, formError, error, pending } = useActionForm({
    schema: () => import("@/lib/topics/schema").then((m) => m.topicSchema),
    action: (values: TopicInput) => (topic ? updateTopicAction({ id: topic.id, values }) : createTopicAction(values)),
    defaultValues: { name: topic?.name ?? "", sortOrder: String(topic?.sortOrder ?? 100) },
    onSuccess: () => {
      if (!topic) form.reset({ name: "", sortOrder: "100" });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      {formError && !error("name") && !error("sortOrder") ? <Alert tone="error">{formError}</Alert> : null}
      {toggleError ? <Alert tone="error">{toggleError}</Alert> : null}
      <Input
        id={`${prefix}-name`}
        label={topic ? `Nom de l'àmbit` : "Nou àmbit"}
        wrapperClassName="min-w-64 flex-1"
        error={error("name")}
        {...form.register("name")}
      />
      <Input
        id={`${prefix}-order`}
        label="Ordre"
        type="number"
        min={0}
        max={999}
        wrapperClassName="w-24"
        error={error("sortOrder")}
        {...form.register("sortOrder")}
      />
      <Button pending={pending}>{topic ? "Desa" : "Afegeix"}</Button>
      {topic ? (
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            const result = await setTopicActiveAction({ id: topic.id, active: !topic.active });
            if (result.ok) router.refresh();
            else setToggleError(result.error);
          }}
        >
          {topic.active ? "Desactiva" : "Reactiva"}
        </Button>
      ) : null}
    </form>
  );
}
