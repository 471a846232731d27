"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Button, Input } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { MunicipalityInput } from "@/lib/municipalities/schema";
import { createMunicipalityAction, updateMunicipalityAction } from "./actions";

export function MunicipalityForm({
  id,
  defaults,
  locale,
}: {
  id?: string;
  defaults: MunicipalityInput;
  locale: string;
}) {
  const router = useRouter();
  const { form, onSubmit, formError, done, error, pending } = useActionForm({
    schema: () => import("@/lib/municipalities/schema").then((m) => m.municipalitySchema),
    action: (values: MunicipalityInput) =>
      id ? updateMunicipalityAction({ id, values }) : createMunicipalityAction(values),
    defaultValues: defaults,
    onSuccess: (data) => (id ? router.refresh() : router.push(`/${locale}/secretaria/municipis/${data.id}`)),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-line bg-white p-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done && id ? (
        <Alert tone="success" live>
          S&apos;han desat els canvis.
        </Alert>
      ) : null}
      <Input label="Nom" required error={error("name")} {...form.register("name")} />
      <Input label="Comarca" required error={error("comarca")} {...form.register("comarca")} />
      <Input
        label="Població (habitants)"
        inputMode="numeric"
        error={error("population")}
        {...form.register("population")}
      />
      <Input
        label="Dominis de correu (opcional)"
        help="Separats per espais o comes, per exemple: ajgirona.cat girona.cat. Si n'hi ha, els registres amb adreces d'altres dominis esperen la validació de la secretaria."
        error={error("emailDomains")}
        {...form.register("emailDomains")}
      />
      <Button pending={pending}>{id ? "Desa els canvis" : "Afegeix el municipi"}</Button>
    </form>
  );
}
