"use client";

import { Fieldset } from "./fields";
import type { ReactNode } from "react";

/** A field's registration from useServerForm (components/form/use-server-form.ts). */
export type Field = (
  name: string,
  options?: { value?: string },
) => Record<string, unknown> & { name: string; error?: string };

/** Radio buttons for one field, in a fieldset with its legend and message, or bare (`legend` absent). */
export function Radios({
  field,
  name,
  options,
  legend,
  help,
  required,
  inline,
  id,
}: {
  field: Field;
  name: string;
  options: readonly (readonly [string, string])[];
  legend?: ReactNode;
  help?: ReactNode;
  required?: boolean;
  inline?: boolean;
  id?: string;
}) {
  const radios = options.map(([value, label]) => {
    const { error: _error, ...props } = field(name, { value });
    void _error;
    return (
      <label key={value} className="flex items-center gap-2">
        <input type="radio" className="h-4 w-4 accent-brand-700" {...props} />
        {label}
      </label>
    );
  });
  if (legend === undefined) return radios;
  return (
    <Fieldset legend={legend} help={help} name={name} error={field(name).error} required={required} id={id}>
      <div className={inline ? "flex flex-wrap gap-4" : "space-y-1"}>{radios}</div>
    </Fieldset>
  );
}
