"use client";

import { useState, type ChangeEvent } from "react";

// The form state our forms need, without a form library in the page's JavaScript: uncontrolled
// controls registered by name (dotted paths into the values, as "needs.0.topicId"), values kept
// while a control is unmounted (steps of a long form), checkbox groups as arrays, field arrays
// with stable keys, and one error message per path.

type Primitive = string | number | boolean | bigint | symbol | null | undefined | Date;
/** Every dotted path into T: "title", "needs", "needs.0", "needs.0.topicId", "commitments.rules". */
export type FieldPath<T> = T extends Primitive
  ? never
  : T extends readonly (infer U)[]
    ? `${number}` | (U extends Primitive ? never : `${number}.${FieldPath<U>}`)
    : { [K in keyof T & string]: T[K] extends Primitive ? K : K | `${K}.${FieldPath<T[K]>}` }[keyof T & string];

type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
export type Registered = {
  name: string;
  ref: (element: FieldElement | null) => (() => void) | undefined;
  onChange: (event: ChangeEvent<FieldElement>) => void;
};
export type Issue = { path: readonly PropertyKey[]; message: string };

/** A server action's refusal by field ({ "needs.0.topicId": ["…"] }) as issues for setIssues/showIssues. */
export const serverIssues = (fieldErrors: Record<string, string[]> = {}): Issue[] =>
  Object.entries(fieldErrors).map(([field, messages]) => ({ path: field.split("."), message: messages[0] }));

export function getAt(values: unknown, path: string): unknown {
  let node = values;
  for (const part of path.split(".")) node = node == null ? undefined : (node as Record<string, unknown>)[part];
  return node;
}

function setAt(values: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split(".");
  let node: Record<string, unknown> = values;
  parts.slice(0, -1).forEach((part, i) => {
    if (node[part] == null || typeof node[part] !== "object") node[part] = /^\d+$/.test(parts[i + 1]) ? [] : {};
    node = node[part] as Record<string, unknown>;
  });
  node[parts[parts.length - 1]] = value;
}

function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T;
  }
  return value;
}

/** A checkbox with its own value belongs to a group stored as an array of the checked values. */
const inGroup = (element: HTMLInputElement) => element.hasAttribute("value") && element.value !== "on";

function show(element: FieldElement, value: unknown) {
  if (element instanceof HTMLInputElement && element.type === "checkbox") {
    element.checked = Array.isArray(value)
      ? value.map(String).includes(element.value)
      : inGroup(element)
        ? value === element.value
        : value === true || value === "true";
  } else if (element instanceof HTMLInputElement && element.type === "radio") {
    element.checked = value != null && String(value) === element.value;
  } else {
    element.value = value == null ? "" : String(value);
  }
}

let nextKey = 0;
const newKey = () => `k${++nextKey}`;

export function useFormFields<T extends object>(defaultValues: T, options: { onChange?: (name: string) => void } = {}) {
  const [, setVersion] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // One mutable store per form, made on the first render (the options are read then too).
  const [s] = useState(() => ({
    values: copy(defaultValues) as Record<string, unknown>,
    elements: new Map<string, Set<FieldElement>>(),
    registered: new Map<string, Registered>(),
    watched: new Set<string>(),
    keys: new Map<string, string[]>(),
    onChange: options.onChange,
  }));
  const rerender = () => setVersion((v) => v + 1);

  const changed = (name: string) => {
    if ([...s.watched].some((w) => name === w || name.startsWith(`${w}.`))) rerender();
    s.onChange?.(name);
  };

  const register = (name: FieldPath<T>): Registered => {
    let entry = s.registered.get(name);
    if (!entry) {
      entry = {
        name,
        ref: (element) => {
          if (!element) return undefined;
          const set = s.elements.get(name) ?? new Set<FieldElement>();
          s.elements.set(name, set);
          set.add(element);
          show(element, getAt(s.values, name));
          return () => void set.delete(element);
        },
        onChange: ({ target }) => {
          if (target instanceof HTMLInputElement && target.type === "checkbox" && inGroup(target)) {
            const current = getAt(s.values, name);
            const list = (Array.isArray(current) ? current : current ? [current] : [])
              .map(String)
              .filter((v) => v !== target.value);
            setAt(s.values, name, target.checked ? [...list, target.value] : list);
          } else if (target instanceof HTMLInputElement && target.type === "checkbox") {
            setAt(s.values, name, target.checked);
          } else if (target instanceof HTMLInputElement && target.type === "radio") {
            if (target.checked) setAt(s.values, name, target.value);
          } else {
            setAt(s.values, name, target.value);
          }
          changed(name);
        },
      };
      s.registered.set(name, entry);
    }
    return entry;
  };

  const setIssues = (issues: readonly Issue[]) => {
    const next: Record<string, string> = {};
    for (const issue of issues) next[issue.path.map(String).join(".")] ??= issue.message;
    setErrors(next);
    return next;
  };

  return {
    register,
    /** A copy of the current values. */
    getValues: () => copy(s.values) as T,
    /** Re-renders when the value at this path changes. */
    watch: (name: FieldPath<T>) => {
      s.watched.add(name);
      return getAt(s.values, name);
    },
    reset: (values: T = defaultValues) => {
      for (const key of Object.keys(s.values)) Reflect.deleteProperty(s.values, key);
      Object.assign(s.values, copy(values));
      s.keys.clear();
      for (const [name, set] of s.elements) for (const element of set) show(element, getAt(s.values, name));
      setErrors({});
      rerender();
    },
    error: (name: string): string | undefined => errors[name],
    /** Replaces the errors with the first message of each issue's path; returns them. */
    setIssues,
    /** Like setIssues, and moves the focus to the first control (in the page's order) with an error. */
    showIssues: (issues: readonly Issue[]) => {
      const paths = Object.keys(setIssues(issues));
      const elements = paths.flatMap((path) => [...(s.elements.get(path) ?? [])]);
      elements.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      elements[0]?.focus();
      return paths;
    },
    clearErrors: () => setErrors({}),
    /** A list of groups of controls ("needs"): stable keys for React, append and remove. */
    fieldArray: (name: FieldPath<T>) => {
      const list = () => (Array.isArray(getAt(s.values, name)) ? (getAt(s.values, name) as unknown[]) : []);
      let keys = s.keys.get(name);
      if (!keys || keys.length !== list().length) {
        keys = list().map(newKey);
        s.keys.set(name, keys);
      }
      const own = keys;
      return {
        fields: own.map((key) => ({ key })),
        append: (value: unknown) => {
          setAt(s.values, name, [...list(), copy(value)]);
          own.push(newKey());
          rerender();
        },
        remove: (index: number) => {
          setAt(
            s.values,
            name,
            list().filter((_, i) => i !== index),
          );
          own.splice(index, 1);
          setErrors((current) =>
            Object.fromEntries(Object.entries(current).filter(([path]) => !path.startsWith(`${name}.`))),
          );
          rerender();
        },
      };
    },
  };
}

export type FormFields<T extends object> = ReturnType<typeof useFormFields<T>>;
