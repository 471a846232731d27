import { handleResendWebhook } from "@/lib/email/webhooks";

export const dynamic = "force-dynamic";

// Resend's delivery events (delivered, bounced, complained), signed: lib/email/webhooks.ts.
export async function POST(request: Request) {
  const answer = await handleResendWebhook(await request.text(), request.headers);
  return new Response(answer.body, { status: answer.status, headers: { "Content-Type": "text/plain" } });
}
