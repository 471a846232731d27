"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useForm, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { z } from "@/lib/zod";
import { useLocalePath } from "@/lib/i18n/use-locale-path";
import { zodParseOptions } from "@/lib/zod-locale";
import { useLookup } from "@/lib/i18n/use-t";
import { validationWords } from "@/lib/i18n/validation";

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
  onInvalid,
  resetOnSuccess = false,
}: {
  action: FormAction<R>;
  /** The schema to check with (the values include the name and value of the submit button pressed, e.g. mode). */
  schema: () => Promise<z.ZodType>;
  defaults: V;
  onSuccess?: (data: R) => void;
  /** After a check in the browser or the server fails, with the paths in error (e.g. to show the step that holds the first). */
  onInvalid?: (paths: string[]) => void;
  /** A form for new entries: empty again after each success. */
  resetOnSuccess?: boolean;
}) {
  const [result, formAction, pending] = useActionState(action as FormAction<unknown>, null);
  const state = result as ActionResult<R> | null;
  const refused = state && !state.ok ? state : null;
  // Without JavaScript (or before hydration) the page is rendered with the refusal: its messages
  // are shown from the state until react-hook-form has its own.
  const serverMessage = (name: string) =>
    refused?.fieldErrors?.[name]?.[0] && !form.formState.isSubmitted ? refused.fieldErrors[name][0] : undefined;
  const formRef = useRef<HTMLFormElement>(null);
  // After an answer the form starts from what was sent (a page that hydrates after a native
  // submission, or React's reset of the fields after an action, must not put the old values
  // back), except a form for new entries after a success.
  const sent = state?.ok && resetOnSuccess ? undefined : state?.values;
  const initial = sent ? (withSubmitted(defaults, sent) as V) : defaults;
  const { locale } = useLocalePath();
  const lookup = useLookup("validation");
  const fieldMessage = (name: string) => {
    const message = messageAt(form.formState.errors, name);
    return message === undefined ? undefined : validationWords(message, lookup);
  };
  const [resolver] = useState(() => lazyResolver(schema, locale));
  const form = useForm<V>({
    defaultValues: initial as never,
    resolver: resolver as Resolver<V>,
    shouldFocusError: true,
  });
  // Each answer of the server once: a refusal's messages go by their fields (until the next
  // validation replaces them), the first field in error gets the focus; a success runs onSuccess.
  const handled = useRef<unknown>(null);
  const defaultsRef = useRef(defaults);
  useEffect(() => {
    defaultsRef.current = defaults;
  });
  useEffect(() => {
    if (!state || handled.current === state) return;
    handled.current = state;
    if (state.ok) {
      // React puts the form's fields back to their initial values after a successful action; a
      // form for new entries (a meeting, a message) has react-hook-form start again from them too.
      if (resetOnSuccess) form.reset(defaultsRef.current);
      return onSuccess?.(state.data as R);
    }
    const fields = Object.entries(state.fieldErrors ?? {});
    for (const [name, messages] of fields) form.setError(name as never, { type: "server", message: messages[0] });
    // The field in error may be out of view (another step of the form): the form shows it first.
    if (fields.length) onInvalid?.(fields.map(([name]) => name));
    if (fields.length) setTimeout(() => form.setFocus(fields[0][0] as never), 0);
  }, [state, form, onSuccess, onInvalid, resetOnSuccess]);

  // react-hook-form validates first; a valid form is then submitted again, and this time React's
  // own form action posts it (the same path as without JavaScript, with useFormStatus's pending).
  const validated = useRef(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (validated.current) {
      validated.current = false;
      return;
    }
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    // The button pressed is part of what is checked, as it is part of what is sent (e.g. mode=submit).
    if (submitter?.name) form.setValue(submitter.name as never, submitter.value as never);
    return form.handleSubmit(
      () => {
        validated.current = true;
        // In a task of its own: a form ignores requestSubmit while its submit event is being
        // dispatched, which is still the case when the check finished in a microtask.
        setTimeout(() => formRef.current?.requestSubmit(submitter ?? undefined), 0);
      },
      (errors) => onInvalid?.(errorPaths(errors)),
    )(event);
  };

  /** Checks some fields only (a step of a long form), with extra values (e.g. mode=submit); true when they are clean. */
  async function validateFields(fields: readonly string[], extra: Record<string, string> = {}) {
    form.clearErrors();
    const result = (await schema()).safeParse({ ...form.getValues(), ...extra }, await zodParseOptions(locale));
    const issues = result.success ? [] : result.error.issues.filter((i) => fields.includes(String(i.path[0])));
    for (const issue of issues)
      form.setError(issue.path.join(".") as never, { type: "validate", message: issue.message });
    if (issues.length) form.setFocus(issues[0].path.join(".") as never);
    return issues.length === 0;
  }

  /** A control's registration, its initial value in the HTML and its message. */
  function field(name: string, options: { value?: string } = {}) {
    const registered = form.register(name as never);
    const error = fieldMessage(name) ?? serverMessage(name);
    const value = valueAt(initial, name);
    const checkable = options.value !== undefined || typeof value === "boolean";
    return {
      ...registered,
      ...(options.value !== undefined ? { value: options.value } : {}),
      ...(checkable
        ? { defaultChecked: isChecked(value, options.value) }
        : { defaultValue: value == null ? "" : String(value) }),
      // One of a group (a value given): the group's fieldset shows the message, once.
      error: options.value !== undefined ? undefined : error,
    };
  }

  return {
    form,
    field,
    formRef,
    /**
     * The <form>'s server action (written out on every form, `action={action}`, so that before
     * any JavaScript the form posts to it), and the other props: the validation on top.
     */
    action: formAction,
    formProps: { ref: formRef, onSubmit, noValidate: true },
    formError: refused?.error ?? null,
    validateFields,
    state,
    pending,
    done: Boolean(state?.ok),
    error: (name: string) => fieldMessage(name) ?? serverMessage(name),
  };
}

function lazyResolver(load: () => Promise<z.ZodType>, locale: string): Resolver<FieldValues> {
  let loaded: Promise<Resolver<FieldValues>> | null = null;
  return async (values, context, options) => {
    loaded ??= Promise.all([load(), zodParseOptions(locale)]).then(
      ([schema, options]) => zodResolver(schema as never, options as never) as unknown as Resolver<FieldValues>,
    );
    return (await loaded)(values, context, options);
  };
}

/** The dotted paths of react-hook-form's nested errors. */
function errorPaths(errors: FieldErrors, prefix = ""): string[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!value || typeof value !== "object") return [];
    return "message" in value && typeof value.message === "string" ? [path] : errorPaths(value as FieldErrors, path);
  });
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
  // A yes/no pair of radios ("true"/"false") holds a boolean; a single checkbox has no value.
  if (typeof initial === "boolean") return value === undefined ? initial : String(initial) === value;
  if (typeof initial === "string")
    return value === undefined ? initial !== "" && initial !== "false" : initial === value;
  return false;
}
