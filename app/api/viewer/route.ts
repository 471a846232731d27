import { NextResponse } from "next/server";
import { clearSessionCookies } from "@/lib/auth/session-cookie";
import { currentSession, viewerState } from "@/lib/auth/viewer";

// Who is signed in, for the header of public pages (components/viewer/ViewerContext.tsx): the
// name, the role and whether the person mentors; nothing else about them. A session cookie that
// opens no live session is cleared here.
export async function GET() {
  const { viewer, stale } = await currentSession();
  const response = NextResponse.json(viewerState(viewer), { headers: { "Cache-Control": "private, no-store" } });
  if (stale) clearSessionCookies(response.cookies);
  return response;
}
