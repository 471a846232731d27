-- CreateTable
CREATE TABLE "SchedulerRun" (
    "name" TEXT NOT NULL,
    "lastRunAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SchedulerRun_pkey" PRIMARY KEY ("name")
);
