import "server-only";
import { refresh, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import type { CacheTag } from "@/lib/cache/tags";
import { z } from "@/lib/zod";
import { can, type Permission } from "@/lib/auth/permissions";
import { cookies } from "next/headers";
import { clearSessionCookies } from "@/lib/auth/session-cookie";
import { currentSession, type Viewer } from "@/lib/auth/viewer";
import { kickDelivery } from "@/lib/email/kick";
import { AppError, appErrorText } from "@/lib/errors";
import { getLocale, getTranslations } from "next-intl/server";
import { zodParseOptions } from "@/lib/zod-locale";
import { lookupIn, validationWords } from "@/lib/i18n/validation";
import { formDataToInput, submittedValues } from "@/lib/forms/form-data";
import { describe, log } from "@/lib/log";
import { randomUUID } from "node:crypto";

export type FieldErrors = Record<string, string[]>;
/** What a refused form sent, by field name, so the page shows it again (forms posted without JavaScript). */
export type SubmittedValues = Record<string, string | string[]>;
export type ActionResult<T> =
  | { ok: true; data: T; values?: SubmittedValues }
  | { ok: false; error: string; fieldErrors?: FieldErrors; values?: SubmittedValues };

type Context<G> = { viewer: G extends "public" ? Viewer | null : Viewer };

/**
 * Every server action is built here, so none can forget to check who is asking: `guard` is
 * "public", "signed-in" or a permission of lib/auth/permissions.ts. The input is parsed with the
 * same zod schema as the form: an object from client code, or the FormData of a form posted
 * with or without JavaScript (as `<form action>` or through useActionState, whose first
 * argument is the previous result). Queued emails are delivered after the response.
 *
 * After a change the pages the person has open are rendered again (`refresh`), and the cached
 * data the action changed is cleared (`tags`, lib/cache/tags.ts).
 */
export function defineAction<G extends "public" | "signed-in" | Permission, S extends z.ZodType, R>(
  guard: G,
  schema: S,
  handler: (input: z.output<S>, context: Context<G>) => Promise<R>,
  options: { tags?: CacheTag[] } = {},
): (input: z.input<S> | FormData | ActionResult<unknown> | null, formData?: FormData) => Promise<ActionResult<R>> {
  return async (first, second) => {
    const formData = second instanceof FormData ? second : first instanceof FormData ? first : undefined;
    const input = formData ? formDataToInput(schema, formData) : first;
    const refused = (result: Extract<ActionResult<R>, { ok: false }>) =>
      formData ? { ...result, values: submittedValues(formData) } : result;
    let personId: string | undefined;
    try {
      const { viewer, stale } = await currentSession();
      personId = viewer?.id;
      if (stale) clearSessionCookies(await cookies());
      if (guard !== "public") {
        if (!viewer) return refused({ ok: false, error: (await refusalWords()).t("sessionExpired") });
        if (guard !== "signed-in" && !can(viewer, guard))
          return refused({ ok: false, error: (await refusalWords()).t("forbidden") });
      }
      const parsed = schema.safeParse(input, await zodParseOptions(await getLocale()));
      if (!parsed.success) {
        const { t, say } = await refusalWords();
        return refused({ ok: false, error: t("invalidInput"), fieldErrors: fieldErrorsOf(parsed.error, say) });
      }
      const data = await handler(parsed.data, { viewer } as Context<G>);
      // "{id}" in it stands for the id of what the action created.
      const id = (data as { id?: unknown } | null)?.id;
      const next = formData
        ?.get("redirectTo")
        ?.toString()
        .replace("{id}", encodeURIComponent(String(id ?? "")));
      for (const tag of options.tags ?? []) updateTag(tag);
      refresh();
      after(kickDelivery);
      // A form may ask to go on to another page of the app once the action has succeeded.
      if (typeof next === "string" && /^\/(ca|es)(\/[^/\\]|$)/.test(next)) redirect(next);
      // What was sent comes back too: React puts a form's fields back to their initial values after
      // an action, and a form that stays (a saved edit, a preview to confirm) shows what was sent.
      return { ok: true, data, ...(formData ? { values: submittedValues(formData) } : {}) };
    } catch (error) {
      if (error instanceof AppError) return refused({ ok: false, ...(await appErrorText(error)) });
      if (error instanceof z.ZodError) {
        const { t, say } = await refusalWords();
        return refused({ ok: false, error: t("invalidInput"), fieldErrors: fieldErrorsOf(error, say) });
      }
      if (isNextControlFlow(error)) throw error;
      // The person gets a reference to quote; the log line with it says where it failed.
      const reference = randomUUID().slice(0, 8);
      log.error({ event: "action_error", reference, personId, error: describe(error) }, "server action failed");
      return refused({ ok: false, error: (await refusalWords()).t("unexpected", { reference }) });
    }
  };
}

/** The words of a refusal, in the language of the request: read only when an action refuses. */
async function refusalWords() {
  const [t, tValidation] = await Promise.all([getTranslations("appErrors"), getTranslations("validation")]);
  return { t, say: (message: string) => validationWords(message, lookupIn(tValidation)) };
}

/** The refused fields' messages, worded by `say` (lib/i18n/validation.ts). */
export function fieldErrorsOf(error: z.ZodError, say: (message: string) => string): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (result[key] ??= []).push(say(issue.message));
  }
  return result;
}

// redirect() and notFound() work by throwing; they must pass through.
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"))
  );
}
