"use client";

import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import { Input } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { saveTopicAction, setTopicActiveAction } from "./actions";
import { useT } from "@/lib/i18n/use-t";

/** A new topic, or one of the list with its name and order and the button that (de)activates it. */
export function TopicForm({ topic }: { topic?: { id: string; name: string; sortOrder: number; active: boolean } }) {
  const t = useT("adminTopics");
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
          label={topic ? t("name") : t("new")}
          wrapperClassName="min-w-64 flex-1"
          {...field("values.name")}
        />
        <Input
          id={`${prefix}-order`}
          label={t("order")}
          type="number"
          inputMode="numeric"
          min={0}
          max={999}
          wrapperClassName="w-24"
          {...field("values.sortOrder")}
        />
        <SubmitButton pendingLabel={t("pending")} ariaLabel={topic ? t("saveNamed", { name: topic.name }) : undefined}>
          {topic ? t("save") : t("add")}
        </SubmitButton>
      </form>
      {topic ? (
        <ActionButton
          action={setTopicActiveAction}
          input={{ id: topic.id, active: !topic.active }}
          label={topic.active ? t("deactivate") : t("reactivate")}
          ariaLabel={t(topic.active ? "deactivateNamed" : "reactivateNamed", { name: topic.name })}
          variant="secondary"
        />
      ) : null}
    </div>
  );
}
