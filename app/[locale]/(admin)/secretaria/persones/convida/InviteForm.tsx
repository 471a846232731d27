"use client";

import { Input, Select } from "@/components/form/fields";
import { Radios } from "@/components/form/Radios";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { invitePersonAction } from "../actions";
import { FormFrame } from "@/components/form/FormFrame";

/** The secretariat invites a mentor or a member of the secretariat; the new person's page opens. */
export function InviteForm({
  municipalities,
  locale,
}: {
  municipalities: { value: string; label: string }[];
  locale: string;
}) {
  const server = useServerForm({
    action: invitePersonAction,
    schema: () => import("@/lib/people/schema").then((m) => m.inviteSchema),
    defaults: { email: "", name: "", position: "", kind: "MENTOR", municipalityId: "", locale: "ca" },
  });
  const { field, form } = server;
  const kind = form.watch("kind");
  return (
    <FormFrame server={server} className="space-y-5 rounded-lg border border-line bg-white p-6">
      <input type="hidden" name="redirectTo" value={`/${locale}/secretaria/persones/{id}?convidada=1`} />
      <Radios
        field={field}
        name="kind"
        legend="Convideu-la com a"
        required
        options={[
          ["MENTOR", "Persona mentora (tècnica d'un municipi membre)"],
          ["SECRETARIAT", "Membre de la secretaria"],
        ]}
      />
      <Input label="Adreça electrònica personal de treball" type="email" required {...field("email")} />
      <Input label="Nom i cognoms" required {...field("name")} />
      <Input label="Càrrec (opcional)" {...field("position")} />
      <Select
        label={kind === "SECRETARIAT" ? "Municipi (opcional)" : "Municipi"}
        required={kind !== "SECRETARIAT"}
        placeholder="Trieu el municipi"
        options={municipalities}
        {...field("municipalityId")}
      />
      <Select
        label="Llengua"
        help="La de la invitació, dels correus i de la plataforma; la persona la pot canviar al seu perfil."
        required
        options={[
          { value: "ca", label: "Català", lang: "ca" },
          { value: "es", label: "Castellano", lang: "es" },
        ]}
        {...field("locale")}
      />
      <p className="text-sm text-muted">
        Rebrà un correu d&apos;invitació amb un enllaç per entrar, vàlid uns quants dies.
      </p>
      <SubmitButton pendingLabel="S'està enviant…">Envia la invitació</SubmitButton>
    </FormFrame>
  );
}
