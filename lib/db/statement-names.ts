import { createHash } from "node:crypto";

const IN_LIST = /\bIN \(\$\d/;

/**
 * Names for the SQL that @prisma/adapter-pg sends, so that each connection prepares a statement
 * once and PostgreSQL keeps its plan (`statementNameGenerator`): the pages' queries with several
 * relations take longer to plan than to run (the mentorship page's main query: about 5 ms of
 * planning, 0.5 ms of execution). The name is the hash of the text, so the same text always has
 * the same name.
 *
 * Statements with an `IN (…)` list of parameters stay unnamed: their text changes with the
 * length of the list, and each length would stay prepared on every connection (the empty name is
 * PostgreSQL's unnamed statement, as without a generator). The rest of the app's SQL has one text
 * per place in the code, so what is kept is bounded by the code.
 */
export function statementName(query: { sql: string }): string {
  if (IN_LIST.test(query.sql)) return "";
  return `x_${createHash("sha1").update(query.sql).digest("base64url")}`;
}
