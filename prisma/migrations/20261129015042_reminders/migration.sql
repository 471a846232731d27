-- AlterTable
ALTER TABLE "RecordSheet" ADD COLUMN     "changesRequestedAt" TIMESTAMP(3);
