"use client";

import { ErrorView } from "@/components/ErrorView";

// An error in one of the area's pages: shown inside the area's layout, under its header.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorView reset={reset} digest={error.digest} />;
}
