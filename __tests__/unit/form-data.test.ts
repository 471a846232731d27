import { applicationFormSchema } from "@/lib/applications/schema";
import { formDataToInput, submittedValues } from "@/lib/forms/form-data";
import { recordSheetFormSchema } from "@/lib/mentorships/schema";
import { reminderSettingsFormSchema } from "@/lib/reminders/settings";
import { z } from "@/lib/zod";

function formData(entries: [string, string | File][]) {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

// A form posted without JavaScript (or through React's form action) reaches the server action as
// FormData; the action's zod schema guides how it is read.
describe("FormData read by the action's schema", () => {
  const schema = z.object({
    name: z.string(),
    agree: z.boolean().default(false),
    accepted: z.literal(true),
    count: z.coerce.number().optional(),
    tags: z.array(z.string()),
    rows: z.array(z.object({ title: z.string(), important: z.boolean().default(false) })),
    nested: z.object({ city: z.string() }),
    pick: z.enum(["a", "b"]).optional(),
  });

  it("reads strings, checkboxes present or absent, repeated names, numbered rows and nested names", () => {
    const input = formDataToInput(
      schema,
      formData([
        ["name", "Anna"],
        ["agree", "on"],
        ["accepted", "on"],
        ["count", ""],
        ["tags", "x"],
        ["tags", "y"],
        ["rows.0.title", "Primer"],
        ["rows.2.title", "Tercer"],
        ["rows.2.important", "on"],
        ["nested.city", "Olot"],
      ]),
    );
    expect(input).toEqual({
      name: "Anna",
      agree: true,
      accepted: true,
      count: "",
      tags: ["x", "y"],
      // A removed row leaves a gap in the numbers: the rows close up, in order.
      rows: [
        { title: "Primer", important: false },
        { title: "Tercer", important: true },
      ],
      nested: { city: "Olot" },
    });
  });

  it("leaves out what was not sent, so the schema's own messages and defaults apply", () => {
    const input = formDataToInput(schema, formData([["agree", "false"]]));
    expect(input).toEqual({ agree: false, tags: [], rows: [], nested: {} });
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["name", "accepted", "nested.city"]),
    );
  });

  it("an empty file input is no file; a chosen one is kept", () => {
    const upload = z.object({ file: z.file().optional() });
    expect(formDataToInput(upload, formData([["file", new File([], "")]]))).toEqual({});
    const file = new File(["a;b"], "municipis.csv", { type: "text/csv" });
    expect(formDataToInput(upload, formData([["file", file]])).file).toBe(file);
  });

  it("the last value wins for a single field (a hidden default before a control)", () => {
    expect(
      formDataToInput(
        z.object({ pick: z.string() }),
        formData([
          ["pick", "a"],
          ["pick", "b"],
        ]),
      ),
    ).toEqual({ pick: "b" });
  });

  it("reads the real forms: the application's needs and mentors, the fitxa's topics, the reminder rules", () => {
    const application = formDataToInput(
      applicationFormSchema,
      formData([
        ["mode", "submit"],
        ["needs.0.topicId", "t1"],
        ["needs.0.description", "Un pla local"],
        ["needs.0.priority", "HIGH"],
        ["needs.1.topicId", ""],
        ["preferredMentorIds", "m1"],
        ["preferredMentorIds", "m2"],
        ["commitments.rules", "on"],
      ]),
    );
    expect(application).toMatchObject({
      mode: "submit",
      needs: [{ topicId: "t1", description: "Un pla local", priority: "HIGH" }, { topicId: "" }],
      preferredMentorIds: ["m1", "m2"],
      commitments: { rules: true },
    });

    const sheet = recordSheetFormSchema.safeParse(
      formDataToInput(
        recordSheetFormSchema,
        formData([
          ["mentorshipId", "m"],
          ["mode", "draft"],
          ["values.title", "Un títol"],
          ["values.topicIds", "a"],
          ["values.topicIds", "b"],
        ]),
      ),
    );
    expect(sheet.success && sheet.data.values.topicIds).toEqual(["a", "b"]);

    const reminders = formDataToInput(
      reminderSettingsFormSchema,
      formData([
        ["editionId", "e"],
        ["settings.applicationsClosing.enabled", "on"],
        ["settings.applicationsClosing.offsets", "7, 2"],
        ["settings.availabilityPending.offsets", "3"],
      ]),
    );
    expect(reminders.settings).toMatchObject({
      applicationsClosing: { enabled: true, offsets: "7, 2" },
      availabilityPending: { enabled: false, offsets: "3" },
    });
  });

  it("submittedValues gives back what was typed, by name, without React's internal fields", () => {
    expect(
      submittedValues(
        formData([
          ["$ACTION_ID_abc", ""],
          ["name", "Anna"],
          ["tags", "x"],
          ["tags", "y"],
        ]),
      ),
    ).toEqual({ name: "Anna", tags: ["x", "y"] });
  });
});
