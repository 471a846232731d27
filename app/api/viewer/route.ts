import { NextResponse } from "next/server";
import { getViewer, viewerState } from "@/lib/auth/viewer";

// Who is signed in, for the header of cached public pages (components/viewer/ViewerContext.tsx):
// the name, the role and whether the person mentors; nothing else about them.
export async function GET() {
  return NextResponse.json(viewerState(await getViewer()), { headers: { "Cache-Control": "private, no-store" } });
}
