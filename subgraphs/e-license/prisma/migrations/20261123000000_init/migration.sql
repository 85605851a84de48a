-- CreateEnum
CREATE TYPE "HolderCodeType" AS ENUM ('CITIZEN_ID', 'CREDIT_CODE');

-- CreateEnum
CREATE TYPE "LicenceStatus" AS ENUM ('VALID', 'REVOKED', 'CANCELLED', 'EXPIRED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "LicenceType" (
    "code" CHAR(21) NOT NULL,
    "name" TEXT NOT NULL,
    "englishName" TEXT NOT NULL,
    "issuingDepartment" TEXT NOT NULL,
    "holderCodeType" "HolderCodeType" NOT NULL,
    "surfaceFields" JSONB NOT NULL,
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LicenceType_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Licence" (
    "id" TEXT NOT NULL,
    "typeCode" CHAR(21) NOT NULL,
    "number" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "holderCode" CHAR(18) NOT NULL,
    "holderCodeType" "HolderCodeType" NOT NULL,
    "issuerName" TEXT NOT NULL,
    "issuerCode" CHAR(18) NOT NULL,
    "issuedOn" DATE NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,
    "jurisdiction" CHAR(6) NOT NULL,
    "status" "LicenceStatus" NOT NULL,
    "surfaceData" JSONB NOT NULL,
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Licence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Licence_holderCode_idx" ON "Licence"("holderCode");

-- CreateIndex
CREATE INDEX "Licence_typeCode_idx" ON "Licence"("typeCode");

-- AddForeignKey
ALTER TABLE "Licence" ADD CONSTRAINT "Licence_typeCode_fkey" FOREIGN KEY ("typeCode") REFERENCES "LicenceType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
