import { notFound } from "next/navigation";
import { isDevMailboxEnabled } from "@/lib/env";

export const dynamic = "force-dynamic";

// A page that always fails, where the local mailbox is on (development and tests only): the e2e
// tests check that a server error leaves one JSON log line whose digest the error page shows.
export default function ForcedErrorPage(): never {
  if (!isDevMailboxEnabled()) notFound();
  throw new Error("Forced error: the error log's test");
}
