import { CancelForm } from "../ExtensionForm";

/** Ending the mentorship early: a closed disclosure (the first step), then the reason and the button. */
export function CancelSection({ mentorshipId }: { mentorshipId: string }) {
  return (
    <CancelForm
      mentorshipId={mentorshipId}
      disclosure={{
        summary: <>Finalitzar l&apos;acompanyament abans d&apos;hora</>,
        className: "rounded-lg border border-line bg-white p-4 shadow-sm",
      }}
    />
  );
}
