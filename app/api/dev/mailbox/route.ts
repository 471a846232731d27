import { NextResponse, type NextRequest } from "next/server";
import { listMailbox } from "@/lib/email/mailbox";
import { isDevMailboxEnabled } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  if (!isDevMailboxEnabled()) return new NextResponse(null, { status: 404 });
  const to = request.nextUrl.searchParams.get("to") ?? undefined;
  const messages = await listMailbox({ to });
  return NextResponse.json(
    messages.map(({ to, subject, text, html, createdAt, attachments }) => ({
      to,
      subject,
      text,
      html,
      createdAt,
      attachments: ((attachments ?? []) as { filename: string; contentType: string; content: string }[]).map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: a.content,
      })),
    })),
    { headers: { "Cache-Control": "no-store" } },
  );
}
