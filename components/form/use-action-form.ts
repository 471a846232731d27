"use client";

import { useCallback, useRef, useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "@/lib/zod";
import type { ActionResult } from "@/lib/actions/safe-action";

type Schema<TOutput, TInput> = z.ZodType<TOutput, TInput>;
/** The schema itself, or (better) a loader: `() => import("@/lib/x/schema").then((m) => m.xSchema)`. */
type SchemaSource<TOutput, TInput> = Schema<TOutput, TInput> | (() => Promise<Schema<TOutput, TInput>>);

/**
 * react-hook-form with the zod schema the server also uses. Server refusals land on their
 * fields (or as a message above the form) and the values stay as typed. With a loader, zod and
 * the schema are fetched when the form is first validated (or first focused), so they are not
 * part of the page's first-load JavaScript.
 */
export function useActionForm<TInput extends FieldValues, TOutput, R>({
  schema,
  action,
  defaultValues,
  onSuccess,
}: {
  schema: SchemaSource<TOutput, TInput>;
  action: (values: TInput) => Promise<ActionResult<R>>;
  defaultValues: DefaultValues<TInput>;
  onSuccess?: (data: R) => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const loaded = useRef<Promise<Resolver<TInput>> | null>(null);
  const loadResolver = useCallback(() => {
    loaded.current ??= Promise.all([import("@hookform/resolvers/zod"), typeof schema === "function" ? schema() : Promise.resolve(schema)]).then(
      ([{ zodResolver }, resolved]) => zodResolver(resolved as never) as unknown as Resolver<TInput>,
    );
    return loaded.current;
  }, [schema]);
  const resolver = useCallback<Resolver<TInput>>(async (values, context, options) => (await loadResolver())(values, context, options), [loadResolver]);
  const form = useForm<TInput>({ resolver, defaultValues });
  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    setDone(false);
    const result = await action(form.getValues());
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as Path<TInput>, { message: messages[0] });
      }
      setFormError(result.error);
      return;
    }
    setDone(true);
    onSuccess?.(result.data);
  });
  return {
    form,
    onSubmit,
    formError,
    done,
    error: (name: string) => errorAt(form.formState.errors, name),
    pending: form.formState.isSubmitting,
    /** Starts fetching the validation code early: put it on the form's onFocus. */
    preload: () => void loadResolver(),
  };
}

export function errorAt(errors: unknown, name: string): string | undefined {
  let node: unknown = errors;
  for (const part of name.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return (node as { message?: string } | undefined)?.message;
}
