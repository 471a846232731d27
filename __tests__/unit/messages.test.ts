import ca from "@/messages/ca.json";
import es from "@/messages/es.json";

type Messages = { [key: string]: string | Messages };

/**
 * The names of a message's {arguments}, those inside the branches of a plural or select too (the
 * branches' texts are not names: `{phase, select, DRAFT {Preparació} other {}}` uses `phase`).
 */
function argumentNames(message: string): string[] {
  const names: string[] = [];
  let i = 0;
  const text = (): void => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "{") argument();
      else i++;
    }
  };
  const argument = () => {
    const [, name, type] = /^\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?/.exec(message.slice(i)) ?? [];
    names.push(name);
    i = message.indexOf(type ? "," : "}", i + 1);
    if (type && ["plural", "select", "selectordinal"].includes(type)) {
      i = message.indexOf(",", i + 1) + 1;
      // branches: `key {text}` until the closing brace of the argument
      while (message[i] !== "}") {
        if (message[i] === "{") {
          i++;
          text();
        }
        i++;
      }
    } else if (type) i = message.indexOf("}", i);
    i++;
  };
  text();
  return names.sort();
}

/** Every message's key path, with the names of the {placeholders} it uses. */
function entries(messages: Messages, prefix = ""): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(messages)) {
    const path = `${prefix}${key}`;
    if (typeof value === "string") out.set(path, argumentNames(value));
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
