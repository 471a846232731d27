-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "attachments" JSONB;

-- AlterTable
ALTER TABLE "MailboxMessage" ADD COLUMN     "attachments" JSONB;
