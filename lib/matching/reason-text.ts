import type { Translator } from "@/lib/i18n/translator";
import type { Reason } from "./score";

/**
 * A pair's reason in words: `t` translates the "adminMatching.reason" messages, `tPriority` the
 * "labels.priority" ones, both in the page's language.
 */
export function reasonText(reason: Reason, t: Translator, tPriority: Translator): string {
  if (reason.key !== "shared") {
    const { key, ...values } = reason;
    return t(key, values);
  }
  const topics = reason.topics.map((n) => t("topic", { name: n.name, priority: tPriority(n.priority).toLowerCase() }));
  return t("shared", { count: topics.length, topics: topics.join(", ") });
}
