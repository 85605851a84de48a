-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('DRAFT', 'NOT_ACCEPTED', 'ACCEPTED', 'IN_PROGRESS', 'CORRECTION_REQUESTED', 'APPROVED', 'REFUSED', 'WITHDRAWN', 'DELIVERED');

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'DRAFT',
    "subjectKind" "SubjectKind" NOT NULL,
    "subjectCode" CHAR(18) NOT NULL,
    "subjects" TEXT[],
    "matterCode" TEXT,
    "bundleCode" TEXT,
    "title" TEXT NOT NULL,
    "situations" TEXT[],
    "centre" TEXT NOT NULL,
    "division" TEXT,
    "openedById" TEXT NOT NULL,
    "openedByName" TEXT,
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataAuthorisation" (
    "id" UUID NOT NULL,
    "subjectIdNumber" CHAR(18) NOT NULL,
    "centre" TEXT NOT NULL,
    "matterCode" TEXT,
    "bundleCode" TEXT,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "DataAuthorisation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Case_centre_status_idx" ON "Case"("centre", "status");

-- CreateIndex
CREATE INDEX "Case_subjectCode_idx" ON "Case"("subjectCode");

-- CreateIndex
CREATE INDEX "DataAuthorisation_subjectIdNumber_idx" ON "DataAuthorisation"("subjectIdNumber");
