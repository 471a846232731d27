-- AlterEnum
ALTER TYPE "EmailStatus" ADD VALUE 'EXPIRED';

-- AlterTable
ALTER TABLE "EmailMessage" DROP COLUMN "redactAfterSend";

-- Sign-in and invitation emails still waiting or failed held their live link in the stored body:
-- remove it. They are not sent any more (a new link can be asked for at any time).
UPDATE "EmailMessage"
   SET html = '', text = '', status = 'FAILED', "lockedUntil" = NULL,
       "lastError" = 'The sign-in link was removed from the stored copy (migration 20261130140044).'
 WHERE template IN ('sign-in-link', 'invitation') AND status <> 'SENT';
