import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import { formatDateTime } from "@/lib/dates";
import { clearEmailProblemAction } from "../actions";

/** A bounced or complained address (Resend's webhook): reminders stop until the secretariat clears it. */
export function EmailProblemNotice({ personId, problem, at }: { personId: string; problem: string; at: Date | null }) {
  const what =
    problem === "complained"
      ? "ha marcat un correu de la plataforma com a correu brossa"
      : "ha rebutjat un correu (l'adreça no existeix o no l'accepta)";
  return (
    <Alert tone="warning" title="Problema amb l'adreça electrònica">
      <p>
        L&apos;adreça {what}
        {at ? `, el ${formatDateTime(at)}` : ""}. No rep recordatoris fins que ho reviseu: corregiu l&apos;adreça si cal
        i després traieu l&apos;avís.
      </p>
      <div className="mt-2">
        <ActionButton
          action={clearEmailProblemAction}
          input={{ personId }}
          label="Treu l'avís: l'adreça ja és correcta"
          variant="secondary"
        />
      </div>
    </Alert>
  );
}
