"use client";

import { useCallback, useRef, useState, type FormEvent } from "react";
import type { z } from "@/lib/zod";
import type { ActionResult } from "@/lib/actions/safe-action";
import { serverIssues, useFormFields } from "./use-form-fields";

type Schema<TOutput, TInput> = z.ZodType<TOutput, TInput>;
/** The schema itself, or (better) a loader: `() => import("@/lib/x/schema").then((m) => m.xSchema)`. */
type SchemaSource<TOutput, TInput> = Schema<TOutput, TInput> | (() => Promise<Schema<TOutput, TInput>>);

/**
 * A form checked with the zod schema the server also uses. Errors land next to their fields
 * (the first one gets the focus), and after a refused submission they are checked again as the
 * person corrects them. Server refusals land on their fields (or as a message above the form)
 * and the values stay as typed. With a loader, zod and the schema are fetched when the form is
 * first validated (or first focused), so they are not part of the page's first-load JavaScript.
 */
export function useActionForm<TInput extends object, TOutput, R>({
  schema,
  action,
  defaultValues,
  onSuccess,
}: {
  schema: SchemaSource<TOutput, TInput>;
  action: (values: TInput) => Promise<ActionResult<R>>;
  defaultValues: TInput;
  onSuccess?: (data: R) => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);
  const refused = useRef(false);
  const loaded = useRef<Promise<Schema<TOutput, TInput>> | null>(null);
  const load = useCallback(
    () => (loaded.current ??= typeof schema === "function" ? schema() : Promise.resolve(schema)),
    [schema],
  );

  const issues = async () => {
    const result = (await load()).safeParse(form.getValues());
    return result.success ? [] : result.error.issues;
  };
  const form = useFormFields<TInput>(defaultValues, {
    onChange: async () => void (refused.current && form.setIssues(await issues())),
  });

  const onSubmit = async (event?: FormEvent) => {
    event?.preventDefault();
    setFormError(null);
    setDone(false);
    setPending(true);
    try {
      if (form.showIssues(await issues()).length) {
        refused.current = true;
        return;
      }
      const result = await action(form.getValues());
      if (!result.ok) {
        form.showIssues(serverIssues(result.fieldErrors));
        setFormError(result.error);
        return;
      }
      refused.current = false;
      setDone(true);
      onSuccess?.(result.data);
    } finally {
      setPending(false);
    }
  };
  return {
    form,
    onSubmit,
    formError,
    done,
    error: form.error,
    pending,
    /** Starts fetching the validation code early: put it on the form's onFocus. */
    preload: () => void load(),
  };
}
