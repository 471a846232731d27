import "server-only";
import { Resend } from "resend";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";

// Resend's webhook (POST /api/webhooks/resend): what happened to a message after it was sent.
// Signed by Svix with RESEND_WEBHOOK_SECRET and checked with the SDK. A bounce or a complaint
// flags the person (User.emailProblem): reminders to them stop (lib/email/registry.ts) and the
// secretariat sees it on their page and on the attention list until it clears the flag.

// Verification only: the SDK's client is not used to call Resend here.
const verifier = new Resend("re_webhook_verification");

type Event = { type?: string; created_at?: string; data?: { email_id?: string } };

const FIELDS = {
  "email.delivered": "deliveredAt",
  "email.bounced": "bouncedAt",
  "email.complained": "complainedAt",
} as const;

export type WebhookAnswer = { status: 200 | 400 | 404; body: string };

export async function handleResendWebhook(payload: string, headers: Headers, now = new Date()): Promise<WebhookAnswer> {
  const secret = env().RESEND_WEBHOOK_SECRET;
  if (!secret) return { status: 404, body: "Webhook not configured" };
  let event: Event;
  try {
    event = verifier.webhooks.verify({
      payload,
      headers: {
        id: headers.get("svix-id") ?? headers.get("webhook-id") ?? "",
        timestamp: headers.get("svix-timestamp") ?? headers.get("webhook-timestamp") ?? "",
        signature: headers.get("svix-signature") ?? headers.get("webhook-signature") ?? "",
      },
      webhookSecret: secret,
    }) as Event;
  } catch {
    return { status: 400, body: "Invalid signature" };
  }
  const field = FIELDS[event.type as keyof typeof FIELDS];
  const providerId = event.data?.email_id;
  // Other events (sent, opened, clicked…) are not kept; an unknown message is not an error.
  if (!field || !providerId) return { status: 200, body: "ignored" };
  const at = event.created_at && !Number.isNaN(Date.parse(event.created_at)) ? new Date(event.created_at) : now;
  await prisma.$transaction(async (tx) => {
    const message = await tx.emailMessage.findFirst({ where: { providerId }, select: { id: true, toUserId: true } });
    if (!message) return;
    await tx.emailMessage.update({ where: { id: message.id }, data: { [field]: at } });
    if (field === "deliveredAt" || !message.toUserId) return;
    const problem = field === "bouncedAt" ? "bounced" : "complained";
    const { count } = await tx.user.updateMany({
      where: {
        id: message.toUserId,
        erasedAt: null,
        OR: [{ emailProblem: null }, { emailProblem: { not: problem } }],
      },
      data: { emailProblem: problem, emailProblemAt: at },
    });
    if (count)
      await recordAuditEvent(tx, {
        actorId: null,
        action: `person.email_${problem}`,
        entityType: "User",
        entityId: message.toUserId,
        data: { emailId: message.id },
      });
  });
  return { status: 200, body: "ok" };
}
