-- CreateEnum
CREATE TYPE "InsuranceScheme" AS ENUM ('ENTERPRISE_EMPLOYEE_PENSION', 'URBAN_RURAL_RESIDENT_PENSION', 'UNEMPLOYMENT', 'WORK_INJURY');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "CardStatus" AS ENUM ('ACTIVE', 'LOST', 'CANCELLED');

-- CreateEnum
CREATE TYPE "UnemploymentStatus" AS ENUM ('REGISTERED', 'ENDED');

-- CreateTable
CREATE TABLE "InsuranceEnrolment" (
    "id" TEXT NOT NULL,
    "idNumber" CHAR(18) NOT NULL,
    "scheme" "InsuranceScheme" NOT NULL,
    "status" "EnrolmentStatus" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "contributionMonths" INTEGER NOT NULL,
    "monthlyBaseFen" INTEGER NOT NULL,
    "employerCreditCode" CHAR(18),
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InsuranceEnrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employment" (
    "id" TEXT NOT NULL,
    "idNumber" CHAR(18) NOT NULL,
    "employerCreditCode" CHAR(18) NOT NULL,
    "employerName" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "monthlyWageFen" INTEGER NOT NULL,
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Employment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialSecurityCard" (
    "cardNumber" TEXT NOT NULL,
    "idNumber" CHAR(18) NOT NULL,
    "issuedOn" DATE NOT NULL,
    "bank" TEXT NOT NULL,
    "status" "CardStatus" NOT NULL,
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SocialSecurityCard_pkey" PRIMARY KEY ("cardNumber")
);

-- CreateTable
CREATE TABLE "UnemploymentRegistration" (
    "id" TEXT NOT NULL,
    "idNumber" CHAR(18) NOT NULL,
    "registeredOn" DATE NOT NULL,
    "endedOn" DATE,
    "status" "UnemploymentStatus" NOT NULL,
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnemploymentRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmploymentCertificate" (
    "number" TEXT NOT NULL,
    "idNumber" CHAR(18) NOT NULL,
    "issuedOn" DATE NOT NULL,
    "issuedBy" TEXT NOT NULL,
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmploymentCertificate_pkey" PRIMARY KEY ("number")
);

-- CreateIndex
CREATE INDEX "InsuranceEnrolment_idNumber_idx" ON "InsuranceEnrolment"("idNumber");

-- CreateIndex
CREATE INDEX "InsuranceEnrolment_employerCreditCode_idx" ON "InsuranceEnrolment"("employerCreditCode");

-- CreateIndex
CREATE INDEX "Employment_idNumber_idx" ON "Employment"("idNumber");

-- CreateIndex
CREATE INDEX "Employment_employerCreditCode_idx" ON "Employment"("employerCreditCode");

-- CreateIndex
CREATE UNIQUE INDEX "SocialSecurityCard_idNumber_key" ON "SocialSecurityCard"("idNumber");

-- CreateIndex
CREATE INDEX "UnemploymentRegistration_idNumber_idx" ON "UnemploymentRegistration"("idNumber");

-- CreateIndex
CREATE UNIQUE INDEX "EmploymentCertificate_idNumber_key" ON "EmploymentCertificate"("idNumber");
