-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "municipalitySize" INTEGER;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "wantsToMentor" BOOLEAN NOT NULL DEFAULT false;
