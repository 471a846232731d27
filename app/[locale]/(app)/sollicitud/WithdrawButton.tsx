"use client";

import { useT } from "@/lib/i18n/use-t";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/Alert";
import { Button } from "@/components/form/fields";
import { withdrawApplicationAction } from "./actions";

export function WithdrawButton({ applicationId }: { applicationId: string }) {
  const t = useT("application");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-2 border-t border-line pt-6">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        type="button"
        variant="secondary"
        pending={pending}
        onClick={async () => {
          if (!window.confirm(t("withdrawConfirm"))) return;
          setPending(true);
          const result = await withdrawApplicationAction({ applicationId });
          setPending(false);
          if (!result.ok) setError(result.error);
          else router.refresh();
        }}
      >
        {t("withdraw")}
      </Button>
    </div>
  );
}
