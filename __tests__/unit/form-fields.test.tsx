/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { Checkbox, Input } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { useFormFields } from "@/components/form/use-form-fields";
import { z } from "@/lib/zod";

type Values = { title: string; format: string; topicIds: string[]; agree: boolean; needs: { text: string }[] };
const defaults: Values = {
  title: "Pla local",
  format: "ONLINE",
  topicIds: ["b"],
  agree: false,
  needs: [{ text: "primera" }, { text: "segona" }],
};

const latest = () => JSON.parse(screen.getByTestId("values").textContent ?? "{}") as Values;

function Form() {
  const form = useFormFields<Values>(defaults);
  const [step, setStep] = useState(0);
  const needs = form.fieldArray("needs");
  const format = form.watch("format");
  return (
    <form>
      <p>Format triat: {String(format)}</p>
      <output data-testid="values">{JSON.stringify(form.getValues())}</output>
      <button type="button" onClick={() => setStep(step === 0 ? 1 : 0)}>
        Canvia de pas
      </button>
      {step === 0 ? (
        <>
          <Input label="Títol" error={form.error("title")} {...form.register("title")} />
          {["IN_PERSON", "ONLINE"].map((value) => (
            <label key={value}>
              <input type="radio" value={value} {...form.register("format")} />
              {value}
            </label>
          ))}
          {["a", "b", "c"].map((id) => (
            <Checkbox key={id} value={id} label={`Àmbit ${id}`} {...form.register("topicIds")} />
          ))}
          <Checkbox label="Accepto" {...form.register("agree")} />
        </>
      ) : (
        <>
          {needs.fields.map((field, index) => (
            <div key={field.key}>
              <Input
                label={`Necessitat ${index + 1}`}
                error={form.error(`needs.${index}.text`)}
                {...form.register(`needs.${index}.text`)}
              />
              <button type="button" onClick={() => needs.remove(index)}>
                Treu {index + 1}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => needs.append({ text: "" })}>
            Afegeix
          </button>
        </>
      )}
      <button
        type="button"
        onClick={() => form.showIssues([{ path: ["needs", 1, "text"], message: "Cal una descripció." }])}
      >
        Marca un error
      </button>
      <button type="button" onClick={() => form.reset()}>
        Restableix
      </button>
    </form>
  );
}

describe("useFormFields", () => {
  it("shows the defaults, reads every kind of control, and keeps values of controls that are not on screen", () => {
    render(<Form />);
    expect(screen.getByLabelText("Títol")).toHaveValue("Pla local");
    expect(screen.getByLabelText("ONLINE")).toBeChecked();
    expect(screen.getByLabelText("Àmbit b")).toBeChecked();
    expect(screen.getByLabelText("Àmbit a")).not.toBeChecked();

    fireEvent.change(screen.getByLabelText("Títol"), { target: { value: "Nou títol" } });
    fireEvent.click(screen.getByLabelText("IN_PERSON"));
    fireEvent.click(screen.getByLabelText("Àmbit a"));
    fireEvent.click(screen.getByLabelText("Àmbit b"));
    fireEvent.click(screen.getByLabelText("Accepto"));
    expect(screen.getByText("Format triat: IN_PERSON")).toBeInTheDocument();

    fireEvent.click(screen.getByText("Canvia de pas"));
    fireEvent.click(screen.getByText("Canvia de pas"));
    expect(screen.getByLabelText("Títol")).toHaveValue("Nou títol");
    expect(screen.getByLabelText("IN_PERSON")).toBeChecked();
    expect(screen.getByLabelText("Àmbit a")).toBeChecked();
    expect(screen.getByLabelText("Àmbit b")).not.toBeChecked();
    expect(screen.getByLabelText("Accepto")).toBeChecked();
    expect(latest()).toMatchObject({ title: "Nou títol", format: "IN_PERSON", topicIds: ["a"], agree: true });
  });

  it("adds and removes groups of a list, keeping what each holds", () => {
    render(<Form />);
    fireEvent.click(screen.getByText("Canvia de pas"));
    fireEvent.click(screen.getByText("Afegeix"));
    fireEvent.change(screen.getByLabelText("Necessitat 3"), { target: { value: "tercera" } });
    fireEvent.click(screen.getByText("Treu 1"));
    expect(screen.getByLabelText("Necessitat 1")).toHaveValue("segona");
    expect(screen.getByLabelText("Necessitat 2")).toHaveValue("tercera");
    expect(screen.queryByLabelText("Necessitat 3")).toBeNull();
    expect(latest().needs).toEqual([{ text: "segona" }, { text: "tercera" }]);
  });

  it("puts an error next to its field, moves the focus there, and reset brings the defaults back", () => {
    render(<Form />);
    fireEvent.click(screen.getByText("Canvia de pas"));
    fireEvent.click(screen.getByText("Marca un error"));
    const second = screen.getByLabelText("Necessitat 2");
    expect(second).toHaveAccessibleDescription("Cal una descripció.");
    expect(second).toHaveFocus();
    fireEvent.change(second, { target: { value: "canviada" } });
    fireEvent.click(screen.getByText("Restableix"));
    expect(screen.getByLabelText("Necessitat 2")).toHaveValue("segona");
    expect(screen.getByLabelText("Necessitat 2")).not.toHaveAttribute("aria-invalid");
  });
});

const schema = z.object({
  name: z.string().trim().min(1, "Escriviu el nom."),
  email: z.string().trim().min(1, "Escriviu l'adreça."),
});

function ActionForm({
  action,
}: {
  action: (values: {
    name: string;
    email: string;
  }) => Promise<{ ok: true; data: null } | { ok: false; error: string; fieldErrors?: Record<string, string[]> }>;
}) {
  const { form, onSubmit, formError, error, done } = useActionForm({
    schema,
    action,
    defaultValues: { name: "", email: "" },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      {formError ? <p role="alert">{formError}</p> : null}
      {done ? <p>Desat</p> : null}
      <Input label="Nom" error={error("name")} {...form.register("name")} />
      <Input label="Adreça" error={error("email")} {...form.register("email")} />
      <button type="submit">Desa</button>
    </form>
  );
}

describe("useActionForm", () => {
  it("refuses an invalid form next to the fields, focuses the first, and checks again as the person corrects it", async () => {
    const action = jest.fn(async () => ({ ok: true as const, data: null }));
    render(<ActionForm action={action} />);
    await act(async () => fireEvent.click(screen.getByText("Desa")));
    expect(screen.getByLabelText("Nom")).toHaveAccessibleDescription("Escriviu el nom.");
    expect(screen.getByLabelText("Adreça")).toHaveAccessibleDescription("Escriviu l'adreça.");
    expect(screen.getByLabelText("Nom")).toHaveFocus();
    expect(action).not.toHaveBeenCalled();

    await act(async () => fireEvent.change(screen.getByLabelText("Nom"), { target: { value: "Marta" } }));
    expect(screen.getByLabelText("Nom")).not.toHaveAttribute("aria-invalid");
    expect(screen.getByLabelText("Adreça")).toHaveAttribute("aria-invalid", "true");

    await act(async () =>
      fireEvent.change(screen.getByLabelText("Adreça"), { target: { value: "marta@example.org" } }),
    );
    await act(async () => fireEvent.click(screen.getByText("Desa")));
    expect(action).toHaveBeenCalledWith({ name: "Marta", email: "marta@example.org" });
    expect(screen.getByText("Desat")).toBeInTheDocument();
  });

  it("shows the server's refusal on its field and keeps what was typed", async () => {
    const action = jest.fn(async () => ({
      ok: false as const,
      error: "Reviseu els camps marcats.",
      fieldErrors: { email: ["Aquesta adreça ja és d'una altra persona."] },
    }));
    render(<ActionForm action={action} />);
    fireEvent.change(screen.getByLabelText("Nom"), { target: { value: "Marta" } });
    fireEvent.change(screen.getByLabelText("Adreça"), { target: { value: "anna@example.org" } });
    await act(async () => fireEvent.click(screen.getByText("Desa")));
    expect(screen.getByRole("alert")).toHaveTextContent("Reviseu els camps marcats.");
    expect(screen.getByLabelText("Adreça")).toHaveAccessibleDescription("Aquesta adreça ja és d'una altra persona.");
    expect(screen.getByLabelText("Adreça")).toHaveFocus();
    expect(screen.getByLabelText("Nom")).toHaveValue("Marta");
    expect(screen.getByLabelText("Adreça")).toHaveValue("anna@example.org");
  });
});
