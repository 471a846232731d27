import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Transport } from "./types";

// Development and tests: "delivers" into the MailboxMessage table, shown at /dev/mailbox and
// /api/dev/mailbox. Idempotent per outbox message, like Resend's Idempotency-Key.
export function mailboxTransport(prisma: PrismaClient): Transport {
  return {
    name: "mailbox",
    async send(message) {
      const row = await prisma.mailboxMessage.upsert({
        where: { emailId: message.id },
        create: {
          emailId: message.id,
          to: message.to,
          subject: message.subject,
          html: message.html,
          text: message.text,
          headers: message.headers,
          attachments: message.attachments.length ? message.attachments : undefined,
        },
        update: {},
        select: { id: true },
      });
      return { providerId: `mailbox:${row.id}` };
    },
  };
}
