import { z } from "zod";

// Zod's own messages (wrong type, too short…) in Catalan, on the server and in the browser,
// for any check a schema does not word itself. Every schema imports z from here.
z.config(z.locales.ca());

export { z };
