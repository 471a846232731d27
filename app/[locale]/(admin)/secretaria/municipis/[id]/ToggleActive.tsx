"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/Alert";
import { Button } from "@/components/form/fields";
import { setMunicipalityActiveAction } from "../actions";

export function ToggleActive({ id, active }: { id: string; active: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        type="button"
        variant={active ? "danger" : "secondary"}
        onClick={async () => {
          const result = await setMunicipalityActiveAction({ id, active: !active });
          if (result.ok) router.refresh();
          else setError(result.error);
        }}
      >
        {active ? "Desactiva el municipi" : "Reactiva el municipi"}
      </Button>
    </div>
  );
}
