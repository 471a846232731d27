-- CreateTable
CREATE TABLE "EmailHold" (
    "id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "detail" TEXT,
    "since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "until" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmailHold_pkey" PRIMARY KEY ("id")
);
