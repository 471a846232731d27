import { CancelForm } from "../ExtensionForm";

/** Ending the mentorship early: a closed disclosure (the first step), then the reason and the button. */
export function CancelSection({ mentorshipId }: { mentorshipId: string }) {
  return (
    <details className="rounded-lg border border-line bg-white p-4 shadow-sm">
      <summary className="cursor-pointer font-semibold">Finalitzar l&apos;acompanyament abans d&apos;hora</summary>
      <div className="mt-3">
        <CancelForm mentorshipId={mentorshipId} />
      </div>
    </details>
  );
}
