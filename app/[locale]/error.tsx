"use client";

import { ErrorView } from "@/components/ErrorView";
import { Main } from "@/components/Main";

// An error in an area's layout: it replaces the layout, header included.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <Main>
      <ErrorView reset={reset} />
    </Main>
  );
}
