import "server-only";
import type { z } from "@/lib/zod";

// A form posted without JavaScript (or through React's form action) reaches its server action as
// FormData: flat names ("needs.0.topicId"), strings, a checkbox only when ticked, a repeated name
// for a checkbox group. This turns it into the object the form's zod schema expects, so the same
// schema checks what react-hook-form sends from the browser and what a plain POST sends.
//
// The schema guides the shape: booleans are "is this name present and not 'false'", arrays of
// values (or a union that accepts one) are every entry of their name, arrays of objects are their numbered entries in order,
// numbers stay strings when empty (so "required" messages apply). Everything else is a string.

type Node = { _zod: { def: Record<string, unknown> & { type: string } } };

export function formDataToInput(schema: z.ZodType, formData: FormData): Record<string, unknown> {
  return readObject(schema as unknown as Node, formData, "") as Record<string, unknown>;
}

/** The submitted values as plain strings by name, to show them again after a refusal. */
export function submittedValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const previous = values[name];
    values[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return values;
}

function read(node: Node, formData: FormData, name: string): unknown {
  const inner = unwrap(node);
  switch (inner._zod.def.type) {
    case "object":
      return readObject(inner, formData, name);
    case "array":
      return readArray(inner, formData, name);
    case "record":
      return readRecord(inner, formData, name);
    case "boolean":
      return readBoolean(formData, name);
    case "union": {
      // A union that accepts a list (e.g. "a list, or one value") is read as the list.
      const list = (inner._zod.def.options as Node[]).map(unwrap).find((o) => o._zod.def.type === "array");
      return list ? readArray(list, formData, name) : single(formData, name);
    }
    case "literal":
      return (inner._zod.def.values as unknown[]).includes(true)
        ? readBoolean(formData, name) || undefined
        : single(formData, name);
    default:
      return single(formData, name);
  }
}

function readObject(node: Node, formData: FormData, prefix: string): unknown {
  const inner = unwrap(node);
  if (inner._zod.def.type !== "object") return single(formData, prefix);
  const shape = inner._zod.def.shape as Record<string, Node>;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    const value = read(shape[key], formData, prefix ? `${prefix}.${key}` : key);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

function readArray(node: Node, formData: FormData, name: string): unknown[] {
  const element = unwrap(node._zod.def.element as Node);
  if (element._zod.def.type !== "object") {
    return formData.getAll(name).filter((v): v is string => typeof v === "string");
  }
  // Rows are numbered in the names ("needs.0.title"); gaps left by removed rows close up.
  const indexes = new Set<number>();
  const pattern = new RegExp(`^${escape(name)}\\.(\\d+)\\.`);
  for (const key of formData.keys()) {
    const match = pattern.exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b).map((index) => readObject(element, formData, `${name}.${index}`));
}

/** A record's entries are the names under it ("commitments.rules"), read as its value type. */
function readRecord(node: Node, formData: FormData, name: string): Record<string, unknown> {
  const valueType = node._zod.def.valueType as Node;
  const keys = new Set<string>();
  for (const key of formData.keys()) if (key.startsWith(`${name}.`)) keys.add(key.slice(name.length + 1).split(".")[0]);
  return Object.fromEntries([...keys].map((key) => [key, read(valueType, formData, `${name}.${key}`)]));
}

function readBoolean(formData: FormData, name: string): boolean {
  const values = formData.getAll(name);
  return values.some((v) => v !== "false" && v !== "0" && v !== "");
}

function single(formData: FormData, name: string): FormDataEntryValue | undefined {
  const values = formData.getAll(name);
  // A hidden default followed by a checkbox or a later control: the last value wins. A file
  // input gives a File (an empty one when nothing was chosen).
  const last = values[values.length - 1];
  return last instanceof File && last.size === 0 && !last.name ? undefined : last;
}

/** Optional, default, nullable, catch, readonly and pipes wrap the schema that reads the value. */
function unwrap(node: Node): Node {
  let current = node;
  for (;;) {
    const def = current._zod.def;
    if (def.innerType) current = def.innerType as Node;
    else if (def.type === "pipe") current = ((def.in as Node)._zod.def.type === "transform" ? def.out : def.in) as Node;
    else if (def.type === "lazy" && typeof def.getter === "function") current = (def.getter as () => Node)();
    else return current;
  }
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
