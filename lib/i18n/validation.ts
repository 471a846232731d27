// A schema's own messages are keys of the "validation" namespace (messages/*.json), their values
// after a "|" as JSON: zod's messages are strings, and the same schema checks in the browser and
// on the server. Each side words them in the page's language (components/form/use-server-form.ts,
// lib/actions/safe-action.ts); zod's own messages ("Too small…", in the page's locale) are words already.

type Values = Record<string, string | number>;

/** A validation message: `vmsg("editions.nameTooShort")`, `vmsg("common.tooLong", { max: 2000 })`. */
export const vmsg = (key: string, values?: Values) => (values ? `${key}|${JSON.stringify(values)}` : key);

const REFERENCE = /^([a-z]\w*(?:\.\w+)+)(?:\|(\{.*\}))?$/;

type Translator = ((key: string, values?: Values) => string) & { has: (key: string) => boolean };

/** validationWords's lookup from a translator of the "validation" namespace (next-intl's, which has `has`). */
export const lookupIn = (t: Translator) => (key: string, values?: Values) => (t.has(key) ? t(key, values) : undefined);

/** The words of a zod message: a validation key worded by `lookup` (undefined when it has no such message), or the message as it is. */
export function validationWords(message: string, lookup: (key: string, values?: Values) => string | undefined): string {
  const match = REFERENCE.exec(message);
  if (!match) return message;
  return lookup(match[1], match[2] ? (JSON.parse(match[2]) as Values) : undefined) ?? message;
}
