-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "startOn" DATE;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0;

-- AlterTable: a mentorship's start is the edition's mentoring start (or, for a pair accepted
-- later, the day of acceptance) unless the pair agreed their own. "startedOn" held the date
-- computed at acceptance, which did not follow later calendar changes: it is replaced by the
-- moment of acceptance and the pair's own agreed start (none yet).
ALTER TABLE "Mentorship"
ADD COLUMN     "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "agreedStartOn" DATE,
ADD COLUMN     "closingReason" TEXT,
ADD COLUMN     "meetingsRequirementMet" BOOLEAN;

UPDATE "Mentorship" m
   SET "acceptedAt" = COALESCE(p."respondedAt", m."createdAt")
  FROM "Proposal" p
 WHERE p.id = m."proposalId";

ALTER TABLE "Mentorship" DROP COLUMN "startedOn";
