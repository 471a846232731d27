import {
  forwardRef,
  type ButtonHTMLAttributes,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";

// Labelled form controls: the help text and the error are tied to the control with
// aria-describedby, and aria-invalid marks it, so screen readers read the message by the field.

function describedBy(id: string, help?: ReactNode, error?: string) {
  return [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function FieldShell({
  id,
  label,
  help,
  error,
  required,
  children,
  className,
}: {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  error?: string;
  required?: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-danger">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {help ? (
        <p id={`${id}-help`} className="text-sm text-muted">
          {help}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const controlClass = (error?: string) =>
  `mt-1 block w-full rounded border bg-white px-3 py-2 text-base ${error ? "border-danger" : "border-gray-400"}`;

type Common = { label: ReactNode; help?: ReactNode; error?: string; name: string; wrapperClassName?: string };

/**
 * Splits a labelled control's props: the shell's (label, help, message), the control's own
 * (its id, name and the ARIA attributes that tie the help and the message to it), and the rest.
 */
function labelled<P extends Common & { id?: string; required?: boolean }>(props: P) {
  const { label, help, error, name, id, wrapperClassName, required, ...rest } = props;
  const controlId = id ?? `f-${name.replace(/\./g, "-")}`;
  return {
    shell: { id: controlId, label, help, error, required, className: wrapperClassName },
    control: {
      id: controlId,
      name,
      "aria-invalid": error ? true : undefined,
      "aria-required": required || undefined,
      "aria-describedby": describedBy(controlId, help, error),
      className: controlClass(error),
    },
    rest,
  };
}

export const Input = forwardRef<HTMLInputElement, Common & InputHTMLAttributes<HTMLInputElement>>(
  function Input(props, ref) {
    const { shell, control, rest } = labelled(props);
    return (
      <FieldShell {...shell}>
        <input ref={ref} {...control} {...rest} />
      </FieldShell>
    );
  },
);

export const TextArea = forwardRef<HTMLTextAreaElement, Common & TextareaHTMLAttributes<HTMLTextAreaElement>>(
  function TextArea({ rows = 4, ...props }, ref) {
    const { shell, control, rest } = labelled(props);
    return (
      <FieldShell {...shell}>
        <textarea ref={ref} rows={rows} {...control} {...rest} />
      </FieldShell>
    );
  },
);

export const Select = forwardRef<
  HTMLSelectElement,
  Common &
    SelectHTMLAttributes<HTMLSelectElement> & {
      /** `lang`: an option written in another language than the page (a language's own name). */
      options: { value: string; label: string; lang?: string }[];
      placeholder?: string;
    }
>(function Select({ options, placeholder, ...props }, ref) {
  const { shell, control, rest } = labelled(props);
  return (
    <FieldShell {...shell}>
      <select ref={ref} {...control} {...rest}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
});

export const Checkbox = forwardRef<HTMLInputElement, Common & InputHTMLAttributes<HTMLInputElement>>(function Checkbox(
  { label, help, error, name, id, wrapperClassName, defaultValue, value: given, ...rest },
  ref,
) {
  // A checkbox's state is `checked`; an empty value (a field with no boolean default) would
  // send "" when ticked, so it is left out and the browser sends "on".
  void defaultValue;
  const value = given === "" ? undefined : given;
  const controlId =
    id ?? `f-${name.replace(/\./g, "-")}${value !== undefined && value !== "on" ? `-${String(value)}` : ""}`;
  return (
    <div className={wrapperClassName}>
      <div className="flex items-start gap-3">
        <input
          ref={ref}
          type="checkbox"
          id={controlId}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(controlId, help, error)}
          className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          value={value}
          {...rest}
        />
        <label htmlFor={controlId}>{label}</label>
      </div>
      {help ? (
        <p id={`${controlId}-help`} className="ml-8 text-sm text-muted">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={`${controlId}-error`} className="ml-8 mt-1 text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
});

/** A group of checkboxes or radios under one legend, with one error for the group. */
export function Fieldset({
  legend,
  help,
  error,
  name,
  children,
  required,
  id: givenId,
}: {
  legend: ReactNode;
  help?: ReactNode;
  error?: string;
  name: string;
  children: ReactNode;
  required?: boolean;
  /** When the same field appears in several forms of a page. */
  id?: string;
}) {
  const id = givenId ?? `fs-${name.replace(/\./g, "-")}`;
  return (
    <fieldset aria-describedby={describedBy(id, help, error)}>
      <legend className="font-medium">
        {legend}
        {required ? (
          <span aria-hidden="true" className="text-danger">
            {" "}
            *
          </span>
        ) : null}
      </legend>
      {help ? (
        <p id={`${id}-help`} className="text-sm text-muted">
          {help}
        </p>
      ) : null}
      <div className="mt-2 space-y-2">{children}</div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

const buttonStyles = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-brand-700 bg-white text-brand-700 hover:bg-brand-50",
  danger: "bg-danger text-white hover:bg-red-800",
};

export function Button({
  children,
  pending,
  pendingLabel = "S'està desant…",
  variant = "primary",
  className = "",
  type = "submit",
  ...rest
}: {
  children: ReactNode;
  pending?: boolean;
  pendingLabel?: string;
  variant?: keyof typeof buttonStyles;
} & ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type={type}
      disabled={pending || rest.disabled}
      className={`rounded px-5 py-2.5 font-semibold disabled:opacity-60 ${buttonStyles[variant]} ${className}`}
      {...rest}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
