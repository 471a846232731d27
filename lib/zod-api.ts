// The part of zod's API this project uses, re-exported by name so bundlers can leave the rest
// (other locales, JSON Schema…) out of the browser's JavaScript. Add a name here before using it.
export {
  array,
  boolean,
  coerce,
  config,
  email,
  enum,
  file,
  literal,
  null,
  number,
  object,
  preprocess,
  record,
  string,
  union,
  unknown,
  url,
  ZodError,
  ZodType,
} from "zod";
export type { infer, input, output, RefinementCtx } from "zod";
