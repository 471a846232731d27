import { config } from "zod";
import ca from "zod/v4/locales/ca.js";

// Zod's own messages (wrong type, too short…) in Catalan, on the server and in the browser,
// for any check a schema does not word itself. Every schema imports z from here. `z` is only
// the part of zod's API in ./zod-api (and only the Catalan locale), so the browser gets no more
// of zod than the forms use.
config(ca());

export * as z from "./zod-api";
