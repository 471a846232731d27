"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/Alert";
import { Button } from "@/components/form/fields";
import { setCurrentEditionAction } from "../actions";

export function MakeCurrentButton({ editionId }: { editionId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Alert tone="info">
        Aquesta convocatòria no és la convocatòria en curs. Només se&apos;n poden obrir les inscripcions quan ho és.
      </Alert>
      <Button
        type="button"
        variant="secondary"
        pending={pending}
        onClick={async () => {
          setPending(true);
          const result = await setCurrentEditionAction({ editionId });
          setPending(false);
          if (result.ok) router.refresh();
          else setError(result.error);
        }}
      >
        Marca-la com a convocatòria en curs
      </Button>
    </div>
  );
}
