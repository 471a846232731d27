"use server";

import { z } from "@/lib/zod";
import { vmsg } from "@/lib/i18n/validation";
import { defineAction } from "@/lib/actions/safe-action";
import { importMunicipalities, previewMunicipalityImport } from "@/lib/municipalities/import-municipalities";
import { createMunicipality, setMunicipalityActive, updateMunicipality } from "@/lib/municipalities/save-municipality";
import { municipalityFormSchema } from "@/lib/municipalities/schema";

const id = z.string().min(1).max(40);
const TOO_BIG = vmsg("municipalities.fitxerMassaGranMaxim");
const csv = z.object({
  csv: z
    .string({ error: vmsg("municipalities.trieuFitxerCsv") })
    .min(1, { error: vmsg("municipalities.trieuFitxerCsv") })
    .max(1_000_000, { error: TOO_BIG }),
});
const upload = z.object({
  file: z.file({ error: vmsg("municipalities.trieuFitxerCsv") }).max(1_000_000, { error: TOO_BIG }),
});

/** Creates a municipality, or changes one when the form carries its id. */
export const saveMunicipalityAction = defineAction(
  "people:manage",
  municipalityFormSchema,
  async ({ id, values }, { viewer }) => {
    const input = {
      ...values,
      population: values.population === null ? "" : values.population,
      emailDomains: values.emailDomains.join(" "),
    };
    return id ? updateMunicipality(viewer, id, input) : createMunicipality(viewer, input);
  },
);

export const setMunicipalityActiveAction = defineAction(
  "people:manage",
  z.object({ id, active: z.boolean() }),
  async (input, { viewer }) => setMunicipalityActive(viewer, input.id, input.active),
);

/** The uploaded file's rows and what would happen to each; the text goes back to the form for the import step. */
export const previewImportAction = defineAction("people:manage", upload, async (input, { viewer }) => {
  const text = await input.file.text();
  return { rows: await previewMunicipalityImport(viewer, text), csv: text, fileName: input.file.name };
});

export const importAction = defineAction("people:manage", csv, async (input, { viewer }) =>
  importMunicipalities(viewer, input.csv),
);
