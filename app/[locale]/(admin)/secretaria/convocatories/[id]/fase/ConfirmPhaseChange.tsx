"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/Alert";
import { Button } from "@/components/form/fields";
import type { EditionPhase } from "@/lib/generated/prisma/enums";
import { changePhaseAction } from "../../actions";

export function ConfirmPhaseChange({ editionId, from, to, locale, label }: { editionId: string; from: EditionPhase; to: EditionPhase; locale: string; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        type="button"
        pending={pending}
        pendingLabel="S'està canviant la fase…"
        onClick={async () => {
          setPending(true);
          const result = await changePhaseAction({ editionId, from, to });
          setPending(false);
          if (result.ok) router.push(`/${locale}/secretaria/convocatories/${editionId}`);
          else setError(result.error);
        }}
      >
        {label}
      </Button>
    </div>
  );
}
