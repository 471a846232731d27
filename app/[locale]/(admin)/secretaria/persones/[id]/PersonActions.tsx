import { ActionButton } from "@/components/ActionButton";
import { decideRegistrationAction, setPersonActiveAction } from "../actions";

/** Validating a registration and (de)activating a person: server-action buttons, the irreversible-looking ones with a confirming step. */
export function PersonActions({ personId, active, pending }: { personId: string; active: boolean; pending: boolean }) {
  return (
    <div className="flex flex-wrap items-start gap-3">
      {pending ? (
        <>
          <ActionButton
            action={decideRegistrationAction}
            input={{ personId, approve: true }}
            label="Valida el registre"
          />
          <ActionButton
            action={decideRegistrationAction}
            input={{ personId, approve: false }}
            label="No el validis"
            variant="secondary"
            confirm="Segur que no voleu validar aquest registre? La persona en rebrà l'avís."
            confirmLabel="Sí, no el validis"
          />
        </>
      ) : null}
      {active ? (
        <ActionButton
          action={setPersonActiveAction}
          input={{ personId, active: false }}
          label="Desactiva"
          variant="danger"
          confirm="En desactivar la persona se'n tancaran les sessions i no podrà entrar. Voleu continuar?"
          confirmLabel="Sí, desactiva-la"
        />
      ) : (
        <ActionButton
          action={setPersonActiveAction}
          input={{ personId, active: true }}
          label="Reactiva"
          variant="secondary"
        />
      )}
    </div>
  );
}
