"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "@/lib/zod";
import type { ActionResult } from "@/lib/actions/safe-action";

/**
 * react-hook-form with the zod schema the server also uses. Server refusals land on their
 * fields (or as a message above the form) and the values stay as typed.
 */
export function useActionForm<TInput extends FieldValues, TOutput, R>({
  schema,
  action,
  defaultValues,
  onSuccess,
}: {
  schema: z.ZodType<TOutput, TInput>;
  action: (values: TInput) => Promise<ActionResult<R>>;
  defaultValues: DefaultValues<TInput>;
  onSuccess?: (data: R) => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<TInput>({
    resolver: zodResolver(schema as never) as unknown as Resolver<TInput>,
    defaultValues,
  });
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
  return { form, onSubmit, formError, done, error: (name: string) => errorAt(form.formState.errors, name), pending: form.formState.isSubmitting };
}

export function errorAt(errors: unknown, name: string): string | undefined {
  let node: unknown = errors;
  for (const part of name.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return (node as { message?: string } | undefined)?.message;
}
