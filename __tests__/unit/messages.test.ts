import ca from "@/messages/ca.json";
import es from "@/messages/es.json";

type Messages = { [key: string]: string | Messages };

/** Every message's key path, with the names of the {placeholders} it uses. */
function entries(messages: Messages, prefix = ""): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(messages)) {
    const path = `${prefix}${key}`;
    if (typeof value === "string") out.set(path, [...value.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort());
    else for (const [inner, names] of entries(value, `${path}.`)) out.set(inner, names);
  }
  return out;
}

describe("message files", () => {
  const catalan = entries(ca as Messages);
  const spanish = entries(es as Messages);

  it("have the same keys in Catalan and Spanish", () => {
    expect([...spanish.keys()].sort()).toEqual([...catalan.keys()].sort());
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, names] of catalan)
      expect({ key, names: [...new Set(spanish.get(key))] }).toEqual({ key, names: [...new Set(names)] });
  });
});
