type Input = Record<string, string | number | boolean | null | undefined>;

/** An action's fixed input as hidden fields (empty values left out), so the form posts it without JavaScript. */
export function HiddenInputs({ input }: { input: Input }) {
  return Object.entries(input).map(([name, value]) =>
    value === null || value === undefined ? null : <input key={name} type="hidden" name={name} value={String(value)} />,
  );
}

export type { Input as HiddenInput };
