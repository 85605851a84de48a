-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');
CREATE TYPE "MaritalStatus" AS ENUM ('UNMARRIED', 'MARRIED', 'DIVORCED', 'WIDOWED');
CREATE TYPE "HouseholdRelation" AS ENUM ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'OTHER');
CREATE TYPE "MarriageRegistrationKind" AS ENUM ('MARRIAGE', 'DIVORCE');
CREATE TYPE "BenefitKind" AS ENUM ('SUBSISTENCE_ALLOWANCE', 'SPECIAL_HARDSHIP', 'TEMPORARY_ASSISTANCE', 'OLD_AGE_ALLOWANCE', 'DISABILITY_SUBSIDY');
CREATE TYPE "BenefitStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'ENDED');

-- CreateTable
CREATE TABLE "Household" (
    "id" TEXT NOT NULL,
    "divisionCode" CHAR(9) NOT NULL,
    "address" TEXT NOT NULL,
    "headIdNumber" CHAR(18) NOT NULL,
    "registeredOn" DATE NOT NULL,
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Household_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Resident" (
    "idNumber" CHAR(18) NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "ethnicity" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "maritalStatus" "MaritalStatus" NOT NULL,
    "phone" TEXT,
    "householdId" TEXT NOT NULL,
    "relation" "HouseholdRelation" NOT NULL,
    "deceasedOn" DATE,
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Resident_pkey" PRIMARY KEY ("idNumber")
);

CREATE TABLE "MarriageRegistration" (
    "id" TEXT NOT NULL,
    "kind" "MarriageRegistrationKind" NOT NULL,
    "partyAIdNumber" CHAR(18) NOT NULL,
    "partyBIdNumber" CHAR(18) NOT NULL,
    "registeredOn" DATE NOT NULL,
    "registryOffice" TEXT NOT NULL,
    "certificateNumber" TEXT NOT NULL,
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MarriageRegistration_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Benefit" (
    "id" TEXT NOT NULL,
    "kind" "BenefitKind" NOT NULL,
    "beneficiaryIdNumber" CHAR(18) NOT NULL,
    "householdId" TEXT,
    "monthlyAmountFen" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "status" "BenefitStatus" NOT NULL,
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Benefit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Resident_householdId_idx" ON "Resident"("householdId");
CREATE INDEX "MarriageRegistration_partyAIdNumber_idx" ON "MarriageRegistration"("partyAIdNumber");
CREATE INDEX "MarriageRegistration_partyBIdNumber_idx" ON "MarriageRegistration"("partyBIdNumber");
CREATE INDEX "Benefit_beneficiaryIdNumber_idx" ON "Benefit"("beneficiaryIdNumber");
CREATE INDEX "Benefit_householdId_idx" ON "Benefit"("householdId");

-- AddForeignKey
ALTER TABLE "Resident" ADD CONSTRAINT "Resident_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Benefit" ADD CONSTRAINT "Benefit_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE SET NULL ON UPDATE CASCADE;
