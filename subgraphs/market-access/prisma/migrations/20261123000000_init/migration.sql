-- CreateEnum
CREATE TYPE "MarketEntityKind" AS ENUM ('ENTERPRISE', 'INDIVIDUAL_BUSINESS', 'FARMER_COOPERATIVE');
CREATE TYPE "MarketEntityStatus" AS ENUM ('ACTIVE', 'REVOKED', 'CANCELLED');
CREATE TYPE "PermitKind" AS ENUM ('FOOD_BUSINESS', 'FOOD_PRODUCTION', 'INDUSTRY_COMPREHENSIVE');
CREATE TYPE "PermitStatus" AS ENUM ('VALID', 'EXPIRED', 'REVOKED');

-- CreateTable
CREATE TABLE "MarketEntity" (
    "creditCode" CHAR(18) NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "MarketEntityKind" NOT NULL,
    "legalRepresentativeIdNumber" CHAR(18) NOT NULL,
    "legalRepresentativeName" TEXT NOT NULL,
    "registeredAddress" TEXT NOT NULL,
    "divisionCode" CHAR(9) NOT NULL,
    "businessScope" TEXT NOT NULL,
    "registeredCapitalFen" BIGINT NOT NULL,
    "establishedOn" DATE NOT NULL,
    "status" "MarketEntityStatus" NOT NULL,
    "registrationAuthority" TEXT NOT NULL,
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MarketEntity_pkey" PRIMARY KEY ("creditCode")
);

CREATE TABLE "Permit" (
    "id" TEXT NOT NULL,
    "creditCode" CHAR(18) NOT NULL,
    "kind" "PermitKind" NOT NULL,
    "number" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "validUntil" DATE NOT NULL,
    "status" "PermitStatus" NOT NULL,
    "issuedBy" TEXT NOT NULL,
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Permit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MarketEntity_legalRepresentativeIdNumber_idx" ON "MarketEntity"("legalRepresentativeIdNumber");
CREATE UNIQUE INDEX "Permit_number_key" ON "Permit"("number");
CREATE INDEX "Permit_creditCode_idx" ON "Permit"("creditCode");

-- AddForeignKey
ALTER TABLE "Permit" ADD CONSTRAINT "Permit_creditCode_fkey" FOREIGN KEY ("creditCode") REFERENCES "MarketEntity"("creditCode") ON DELETE RESTRICT ON UPDATE CASCADE;
