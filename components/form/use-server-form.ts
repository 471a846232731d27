"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { useForm, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { z } from "@/lib/zod";

export type FormAction<R> = (state: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<R>>;

/**
 * A form that posts its FormData to a server action (lib/actions/safe-action.ts), so it works
 * before the page's JavaScript has loaded and without it; react-hook-form, with the zod schema
 * the action parses, validates in the browser first, focuses the first field in error, and keeps
 * the values. A refusal from the server shows its messages by the fields, with what the person
 * typed still there (also without JavaScript: the action returns the submitted values).
 *
 * `schema` loads the zod schema when the form is first validated, so it is not part of the
 * page's first-load JavaScript. Fields get their initial value as HTML attributes (`field`),
 * so the server-rendered form already shows them.
 */
export function useServerForm<V extends FieldValues, R>({
  action,
  schema,
  defaults,
  onSuccess,
}: {
  action: FormAction<R>;
  schema: () => Promise<z.ZodType>;
  defaults: V;
  onSuccess?: (data: R) => void;
}) {
  const [result, formAction, pending] = useActionState(action as FormAction<unknown>, null);
  const state = result as ActionResult<R> | null;
  const refused = state && !state.ok ? state : null;
  const formRef = useRef<HTMLFormElement>(null);
  // After a refusal the form starts from what was sent (a page that hydrates after a native
  // submission must not put the old values back).
  const initial = refused?.values ? (withSubmitted(defaults, refused.values) as V) : defaults;
  const form = useForm<V>({
    defaultValues: initial as never,
    resolver: lazyResolver(schema) as Resolver<V>,
    errors: refused?.fieldErrors ? (toFieldErrors(refused.fieldErrors) as FieldErrors<V>) : undefined,
    shouldFocusError: true,
  });
  const handled = useRef<unknown>(null);
  useEffect(() => {
    if (state?.ok && handled.current !== state) {
      handled.current = state;
      onSuccess?.(state.data as R);
    }
    if (refused?.fieldErrors) form.setFocus(Object.keys(refused.fieldErrors)[0] as never);
  }, [state, refused, form, onSuccess]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.handleSubmit(() => {
      const data = new FormData(formRef.current!);
      startTransition(() => formAction(data));
    })(event);

  /** A control's registration, its initial value in the HTML and its message. */
  function field(name: string, options: { value?: string } = {}) {
    const registered = form.register(name as never);
    const error = messageAt(form.formState.errors, name);
    const value = valueAt(initial, name);
    const checkable = options.value !== undefined || typeof value === "boolean";
    return {
      ...registered,
      ...(options.value !== undefined ? { value: options.value } : {}),
      ...(checkable
        ? { defaultChecked: isChecked(value, options.value) }
        : { defaultValue: value == null ? "" : String(value) }),
      error,
    };
  }

  return {
    form,
    field,
    formRef,
    /** Props for the <form>: the server action, and the browser's validation on top. */
    formProps: { ref: formRef, action: formAction, onSubmit, noValidate: true },
    formError: refused?.error ?? null,
    state,
    pending,
    done: Boolean(state?.ok),
    error: (name: string) => messageAt(form.formState.errors, name),
  };
}

function lazyResolver(load: () => Promise<z.ZodType>): Resolver<FieldValues> {
  let loaded: Promise<Resolver<FieldValues>> | null = null;
  return async (values, context, options) => {
    loaded ??= load().then((schema) => zodResolver(schema as never) as unknown as Resolver<FieldValues>);
    return (await loaded)(values, context, options);
  };
}

/** A server refusal's messages by dotted path, as react-hook-form's nested errors. */
function toFieldErrors(fieldErrors: Record<string, string[]>) {
  const errors: Record<string, unknown> = {};
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const parts = path.split(".");
    let node = errors;
    parts.slice(0, -1).forEach((part) => (node = (node[part] ??= {}) as Record<string, unknown>));
    node[parts[parts.length - 1]] = { type: "server", message: messages[0] };
  }
  return errors;
}

function messageAt(errors: FieldErrors, name: string): string | undefined {
  let node: unknown = errors;
  for (const part of name.split("."))
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

function valueAt(values: unknown, name: string): unknown {
  let node = values;
  for (const part of name.split("."))
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

/**
 * The defaults with the submitted values (FormData strings by name) laid over them, in the
 * defaults' shapes: booleans are "sent and not 'false'", lists are every value sent, rows of a
 * list of objects are the numbered names sent.
 */
export function withSubmitted(defaults: unknown, submitted: Record<string, string | string[]>, prefix = ""): unknown {
  if (Array.isArray(defaults)) {
    const rowTemplate = defaults.find((row) => row && typeof row === "object");
    if (rowTemplate || defaults.length === 0) {
      const indexes = new Set<number>();
      for (const key of Object.keys(submitted)) {
        const match = new RegExp(`^${prefix.replace(/[.]/g, "\\.")}\\.(\\d+)\\.`).exec(key);
        if (match) indexes.add(Number(match[1]));
      }
      if (indexes.size || rowTemplate) {
        return [...indexes]
          .sort((a, b) => a - b)
          .map((i) => withSubmitted(defaults[i] ?? rowTemplate ?? {}, submitted, `${prefix}.${i}`));
      }
    }
    const sent = submitted[prefix];
    return sent === undefined ? [] : ([] as string[]).concat(sent);
  }
  if (defaults && typeof defaults === "object" && !(defaults instanceof Date)) {
    return Object.fromEntries(
      Object.entries(defaults).map(([key, value]) => [
        key,
        withSubmitted(value, submitted, prefix ? `${prefix}.${key}` : key),
      ]),
    );
  }
  const sent = submitted[prefix];
  const last = Array.isArray(sent) ? sent[sent.length - 1] : sent;
  if (typeof defaults === "boolean") return last !== undefined && last !== "false" && last !== "";
  return last ?? (typeof defaults === "string" ? "" : defaults);
}

function isChecked(initial: unknown, value: string | undefined) {
  if (Array.isArray(initial)) return initial.map(String).includes(value ?? "on");
  if (typeof initial === "boolean") return initial;
  if (typeof initial === "string")
    return value === undefined ? initial !== "" && initial !== "false" : initial === value;
  return false;
}
