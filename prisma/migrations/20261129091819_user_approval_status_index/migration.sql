-- CreateIndex
CREATE INDEX "User_approvalStatus_idx" ON "User"("approvalStatus");
