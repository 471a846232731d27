"use client";

import { useState } from "react";
import { Alert } from "@/components/Alert";
import { Button } from "@/components/form/fields";
import { unsubscribeAction } from "./actions";

export function UnsubscribeForm({ token }: { token: string }) {
  const [state, setState] = useState<"idle" | "off" | "on">("idle");
  const [error, setError] = useState<string | null>(null);
  const run = async (optOut: boolean) => {
    setError(null);
    const result = await unsubscribeAction({ token, optOut });
    if (!result.ok) return setError(result.error);
    setState(optOut ? "off" : "on");
  };
  return (
    <div className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {state === "off" ? (
        <Alert tone="success" live>
          Fet: ja no rebreu recordatoris. Continuareu rebent els correus necessaris (propostes, respostes de la
          secretaria, canvis de l&apos;acompanyament).
        </Alert>
      ) : null}
      {state === "on" ? (
        <Alert tone="success" live>
          Tornareu a rebre els recordatoris.
        </Alert>
      ) : null}
      {state !== "off" ? (
        <Button onClick={() => run(true)}>No vull rebre més recordatoris</Button>
      ) : (
        <Button variant="secondary" onClick={() => run(false)}>
          Desfés-ho: vull rebre recordatoris
        </Button>
      )}
    </div>
  );
}
