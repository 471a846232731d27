import * as zod from "./zod-api";
import { vmsg } from "@/lib/i18n/validation";
import { config } from "zod";
import ca from "zod/v4/locales/ca.js";

// Zod's own messages (wrong type, too short…) in Catalan, on the server and in the browser,
// for any check a schema does not word itself. Every schema imports z from here. `z` is only
// the part of zod's API in ./zod-api (and only the Catalan locale), so the browser gets no more
// of zod than the forms use.
config(ca());

export * as z from "./zod-api";

// Free text people type. Control characters (NUL, a lone carriage return…) and the invisible
// characters that reverse the direction of text have no place in it: they break emails, calendar
// files and exports, or disguise what a text says. One-line fields take no line breaks at all;
// paragraphs keep tabs and line breaks, with the browser's CRLF stored as LF.
const NOT_IN_A_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const NOT_IN_A_PARAGRAPH = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

export const LINE_MESSAGE = vmsg("common.escriviuHoSolaLinia");
export const PARAGRAPH_MESSAGE = vmsg("common.textConteCaractersEspecials");

/** A one-line text field (a name, a subject, a place). */
export function line(params?: Parameters<typeof zod.string>[0]) {
  return zod.string(params).refine((value) => !NOT_IN_A_LINE.test(value), { error: LINE_MESSAGE });
}

/** A multi-line text field (a textarea). */
export function paragraph(params?: Parameters<typeof zod.string>[0]) {
  return zod
    .string(params)
    .overwrite((value) => value.replace(/\r\n/g, "\n"))
    .refine((value) => !NOT_IN_A_PARAGRAPH.test(value), { error: PARAGRAPH_MESSAGE });
}
