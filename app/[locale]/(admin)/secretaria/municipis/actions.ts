"use server";

import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/safe-action";
import { importMunicipalities, previewMunicipalityImport } from "@/lib/municipalities/import-municipalities";
import { createMunicipality, setMunicipalityActive, updateMunicipality } from "@/lib/municipalities/save-municipality";
import { municipalitySchema } from "@/lib/municipalities/schema";

const id = z.string().min(1).max(40);
const csv = z.object({
  csv: z
    .string({ error: "Trieu un fitxer CSV." })
    .min(1, { error: "Trieu un fitxer CSV." })
    .max(1_000_000, { error: "El fitxer és massa gran (màxim 1 MB)." }),
});

export const createMunicipalityAction = defineAction("people:manage", municipalitySchema, async (input, { viewer }) =>
  createMunicipality(viewer, {
    ...input,
    population: input.population === null ? "" : input.population,
    emailDomains: input.emailDomains.join(" "),
  }),
);

export const updateMunicipalityAction = defineAction(
  "people:manage",
  z.object({ id, values: municipalitySchema }),
  async (input, { viewer }) => {
    const v = input.values;
    return updateMunicipality(viewer, input.id, {
      ...v,
      population: v.population === null ? "" : v.population,
      emailDomains: v.emailDomains.join(" "),
    });
  },
);

export const setMunicipalityActiveAction = defineAction(
  "people:manage",
  z.object({ id, active: z.boolean() }),
  async (input, { viewer }) => setMunicipalityActive(viewer, input.id, input.active),
);

export const previewImportAction = defineAction("people:manage", csv, async (input, { viewer }) =>
  previewMunicipalityImport(viewer, input.csv),
);

export const importAction = defineAction("people:manage", csv, async (input, { viewer }) =>
  importMunicipalities(viewer, input.csv),
);
