-- CreateEnum
CREATE TYPE "LicenceEventKind" AS ENUM ('ISSUED', 'RENEWED', 'SUPERSEDED', 'REVOKED', 'CANCELLED', 'WITHDRAWN', 'EXPIRED');

-- CreateEnum
CREATE TYPE "LicenceUseKind" AS ENUM ('READ_SURFACE', 'VERIFY', 'EXPORT');

-- AlterTable
ALTER TABLE "LicenceType" ADD COLUMN "hubDepartment" TEXT;

-- AlterTable
ALTER TABLE "Licence" ADD COLUMN "sealKeyId" TEXT,
ADD COLUMN "sealSignedAt" TIMESTAMPTZ(3),
ADD COLUMN "sealDigest" CHAR(64),
ADD COLUMN "sealSignature" TEXT,
ADD COLUMN "supersededBy" TEXT,
ADD COLUMN "statusChangedAt" TIMESTAMPTZ(3),
ADD COLUMN "statusReason" TEXT;

-- CreateTable
CREATE TABLE "IssuerKey" (
    "keyId" TEXT NOT NULL,
    "issuerCode" CHAR(18) NOT NULL,
    "issuerName" TEXT NOT NULL,
    "algorithm" TEXT NOT NULL,
    "signerId" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "activatedAt" TIMESTAMPTZ(3) NOT NULL,
    "retiredAt" TIMESTAMPTZ(3),

    CONSTRAINT "IssuerKey_pkey" PRIMARY KEY ("keyId")
);

-- CreateTable
CREATE TABLE "LicenceEvent" (
    "id" BIGSERIAL NOT NULL,
    "licenceId" TEXT NOT NULL,
    "kind" "LicenceEventKind" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "status" "LicenceStatus" NOT NULL,
    "reason" TEXT,
    "caseId" TEXT,
    "relatedLicenceId" TEXT,
    "actorId" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "actorDepartment" TEXT,

    CONSTRAINT "LicenceEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicenceUse" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "licenceId" TEXT NOT NULL,
    "typeCode" CHAR(21) NOT NULL,
    "holderCode" CHAR(18) NOT NULL,
    "kind" "LicenceUseKind" NOT NULL,
    "callerId" TEXT NOT NULL,
    "callerRole" TEXT NOT NULL,
    "callerName" TEXT,
    "callerCentre" TEXT,
    "callerDivision" TEXT,
    "callerDepartment" TEXT,
    "basis" TEXT NOT NULL,
    "purposeId" TEXT NOT NULL,
    "matter" TEXT NOT NULL,
    "matterName" TEXT NOT NULL,
    "traceId" TEXT NOT NULL,

    CONSTRAINT "LicenceUse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Licence_sealDigest_idx" ON "Licence"("sealDigest");

-- CreateIndex
CREATE INDEX "IssuerKey_issuerCode_idx" ON "IssuerKey"("issuerCode");

-- CreateIndex
CREATE INDEX "LicenceEvent_licenceId_id_idx" ON "LicenceEvent"("licenceId", "id");

-- CreateIndex
CREATE INDEX "LicenceUse_holderCode_id_idx" ON "LicenceUse"("holderCode", "id");

-- History and uses are written once and never changed (not expressible in schema.prisma).
CREATE FUNCTION "licence_history_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'licence history is append-only: % on "%" refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER "LicenceEvent_no_update_or_delete" BEFORE UPDATE OR DELETE ON "LicenceEvent"
    FOR EACH ROW EXECUTE FUNCTION "licence_history_append_only"();
CREATE TRIGGER "LicenceEvent_no_truncate" BEFORE TRUNCATE ON "LicenceEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "licence_history_append_only"();
CREATE TRIGGER "LicenceUse_no_update_or_delete" BEFORE UPDATE OR DELETE ON "LicenceUse"
    FOR EACH ROW EXECUTE FUNCTION "licence_history_append_only"();
CREATE TRIGGER "LicenceUse_no_truncate" BEFORE TRUNCATE ON "LicenceUse"
    FOR EACH STATEMENT EXECUTE FUNCTION "licence_history_append_only"();
