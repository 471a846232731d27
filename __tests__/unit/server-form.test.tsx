/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { Checkbox, Input } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import type { ActionResult } from "@/lib/actions/safe-action";
import { z } from "@/lib/zod";

const schema = z.object({ name: z.string().min(2, { error: "Massa curt." }), agree: z.boolean().default(false) });

function Form({
  action,
}: {
  action: (state: ActionResult<unknown> | null, data: FormData) => Promise<ActionResult<unknown>>;
}) {
  const {
    field,
    action: formAction,
    formProps,
    formError,
    done,
  } = useServerForm({
    action,
    schema: async () => schema,
    defaults: { name: "", agree: false },
  });
  return (
    <form action={formAction} {...formProps}>
      {formError ? <p role="alert">{formError}</p> : null}
      {done ? <p role="status">Fet</p> : null}
      <Input label="Nom" {...field("name")} />
      <Checkbox label="D'acord" {...field("agree")} />
      <SubmitButton pendingLabel="…">Envia</SubmitButton>
    </form>
  );
}

// jsdom has no requestSubmit with a submitter: dispatch the submit event the way a browser does.
beforeAll(() => {
  HTMLFormElement.prototype.requestSubmit = function (this: HTMLFormElement, submitter?: HTMLElement) {
    const event = new SubmitEvent("submit", { bubbles: true, cancelable: true, submitter: submitter ?? null });
    this.dispatchEvent(event);
  };
});

describe("a server-action form with react-hook-form on top", () => {
  it("checks in the browser first, then posts the FormData; after a refusal, a corrected form is posted again", async () => {
    const calls: Record<string, string>[] = [];
    const action = jest.fn(
      async (_state: ActionResult<unknown> | null, data: FormData): Promise<ActionResult<unknown>> => {
        calls.push(
          Object.fromEntries([...data.entries()].filter(([k]) => !k.startsWith("$")).map(([k, v]) => [k, String(v)])),
        );
        // As lib/actions/safe-action.ts answers a refused form: with what was sent.
        return data.get("agree")
          ? { ok: true, data: null }
          : {
              ok: false,
              error: "Reviseu els camps.",
              fieldErrors: { agree: ["Cal acceptar-ho."] },
              values: { name: String(data.get("name")) },
            };
      },
    );
    render(<Form action={action} />);
    fireEvent.click(screen.getByRole("button", { name: "Envia" }));
    await screen.findByText("Massa curt.");
    expect(action).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText("Nom"), { target: { value: "Anna" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Envia" })));
    await screen.findByText("Cal acceptar-ho.");
    expect(calls).toEqual([{ name: "Anna" }]);
    // React resets a form after its action: what the person typed comes back from the answer.
    expect(screen.getByLabelText("Nom")).toHaveValue("Anna");

    fireEvent.click(screen.getByLabelText("D'acord"));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Envia" })));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]).toEqual({ name: "Anna", agree: "on" });
    await screen.findByRole("status");
  });
});

function Confirm({
  action,
}: {
  action: (state: ActionResult<unknown> | null, data: FormData) => Promise<ActionResult<unknown>>;
}) {
  const {
    field,
    action: formAction,
    formProps,
    formError,
    done,
  } = useServerForm({
    action,
    schema: async () =>
      z.object({ editionId: z.string().min(1), from: z.enum(["A", "B"]), acknowledged: z.boolean().default(false) }),
    defaults: { editionId: "e1", from: "A", acknowledged: false },
  });
  return (
    <form action={formAction} {...formProps}>
      {formError ? <p role="alert">{formError}</p> : null}
      {done ? <p role="status">Fet</p> : null}
      <input type="hidden" {...field("editionId")} />
      <input type="hidden" {...field("from")} />
      <Checkbox label="Ho entenc" {...field("acknowledged")} />
      <SubmitButton pendingLabel="…">Confirma</SubmitButton>
    </form>
  );
}

describe("a confirmation refused until it is acknowledged", () => {
  it("posts again once the box is ticked", async () => {
    const calls: Record<string, string>[] = [];
    const action = jest.fn(
      async (_state: ActionResult<unknown> | null, data: FormData): Promise<ActionResult<unknown>> => {
        calls.push(
          Object.fromEntries([...data.entries()].filter(([k]) => !k.startsWith("$")).map(([k, v]) => [k, String(v)])),
        );
        return data.get("acknowledged")
          ? { ok: true, data: null }
          : {
              ok: false,
              error: "Reviseu els avisos.",
              fieldErrors: { acknowledged: ["Confirmeu-ho."] },
              values: { editionId: "e1", from: "A" },
            };
      },
    );
    render(<Confirm action={action} />);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Confirma" })));
    await screen.findByText("Confirmeu-ho.");
    fireEvent.click(screen.getByLabelText("Ho entenc"));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Confirma" })));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]).toEqual({ editionId: "e1", from: "A", acknowledged: "on" });
  });
});
