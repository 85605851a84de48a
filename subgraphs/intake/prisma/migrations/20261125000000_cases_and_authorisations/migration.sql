-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('DRAFT', 'NOT_ACCEPTED', 'ACCEPTED', 'IN_PROGRESS', 'CORRECTION_REQUESTED', 'APPROVED', 'REFUSED', 'WITHDRAWN', 'DELIVERED');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('WAITING', 'PENDING', 'CORRECTION_REQUESTED', 'APPROVED', 'REFUSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TaskStep" AS ENUM ('INSPECTION', 'REVIEW', 'TOWNSHIP_REVIEW', 'COUNTY_DECISION');

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "number" TEXT,
    "status" "CaseStatus" NOT NULL DEFAULT 'DRAFT',
    "caseType" "CaseType",
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
    "prefillId" UUID,
    "acceptedAt" TIMESTAMPTZ(3),
    "acceptedById" TEXT,
    "deadline" DATE,
    "commitmentText" TEXT,
    "closingReasons" TEXT,
    "notice" JSONB,
    "resultLicenceIds" TEXT[],
    "deliveryMethod" TEXT,
    "deliveredAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseTask" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "department" TEXT NOT NULL,
    "matterCode" TEXT NOT NULL,
    "step" "TaskStep" NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "status" "TaskStatus" NOT NULL,
    "dueDate" DATE NOT NULL,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" TEXT,
    "decidedBy" TEXT,
    "reasons" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "seq" BIGSERIAL NOT NULL,
    "caseId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "fromStatus" "CaseStatus",
    "toStatus" "CaseStatus" NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "actorName" TEXT,
    "centre" TEXT,
    "department" TEXT,
    "detail" JSONB,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "MaterialCommitment" (
    "caseId" UUID NOT NULL,
    "materialCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "fulfilledAt" TIMESTAMPTZ(3),

    CONSTRAINT "MaterialCommitment_pkey" PRIMARY KEY ("caseId","materialCode")
);

-- CreateTable
CREATE TABLE "CaseMandate" (
    "caseId" UUID NOT NULL,
    "agentName" TEXT NOT NULL,
    "agentPhone" TEXT,
    "station" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "entrustedAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "handledAt" TIMESTAMPTZ(3),
    "returnedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CaseMandate_pkey" PRIMARY KEY ("caseId")
);

-- CreateTable
CREATE TABLE "CaseRating" (
    "caseId" UUID NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "ratedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ratedById" TEXT NOT NULL,
    "followUpOpen" BOOLEAN NOT NULL DEFAULT false,
    "followUpResponse" TEXT,
    "followUpClosedAt" TIMESTAMPTZ(3),
    "followUpClosedBy" TEXT,

    CONSTRAINT "CaseRating_pkey" PRIMARY KEY ("caseId")
);

-- CreateTable
CREATE TABLE "CaseSubmission" (
    "key" TEXT NOT NULL,
    "callerId" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "caseId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseSubmission_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" BIGSERIAL NOT NULL,
    "subject" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
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
CREATE UNIQUE INDEX "Case_number_key" ON "Case"("number");

-- CreateIndex
CREATE INDEX "Case_centre_status_idx" ON "Case"("centre", "status");

-- CreateIndex
CREATE INDEX "Case_subjectCode_idx" ON "Case"("subjectCode");

-- CreateIndex
CREATE INDEX "CaseTask_caseId_idx" ON "CaseTask"("caseId");

-- CreateIndex
CREATE INDEX "CaseTask_department_status_idx" ON "CaseTask"("department", "status");

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_seq_idx" ON "CaseEvent"("caseId", "seq");

-- CreateIndex
CREATE INDEX "OutboxMessage_publishedAt_id_idx" ON "OutboxMessage"("publishedAt", "id");

-- CreateIndex
CREATE INDEX "DataAuthorisation_subjectIdNumber_idx" ON "DataAuthorisation"("subjectIdNumber");

-- AddForeignKey
ALTER TABLE "CaseTask" ADD CONSTRAINT "CaseTask_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaterialCommitment" ADD CONSTRAINT "MaterialCommitment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseMandate" ADD CONSTRAINT "CaseMandate_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseRating" ADD CONSTRAINT "CaseRating_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
