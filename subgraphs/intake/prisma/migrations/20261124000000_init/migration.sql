-- CreateEnum
CREATE TYPE "SubjectKind" AS ENUM ('PERSON', 'MARKET_ENTITY');
CREATE TYPE "CaseType" AS ENUM ('IMMEDIATE', 'PROMISED', 'JOINT', 'REPORTED');
CREATE TYPE "SharingMethod" AS ENUM ('FEDERATED_QUERY', 'E_LICENCE');
CREATE TYPE "FieldStatus" AS ENUM ('FILLED', 'NOT_HELD', 'PROVIDER_UNAVAILABLE', 'NOT_PERMITTED', 'ASKED');
CREATE TYPE "MaterialStatus" AS ENUM ('SATISFIED_BY_LICENCE', 'SATISFIED_BY_DATA', 'PRODUCED_IN_BUNDLE', 'TO_SUBMIT', 'PROVIDER_UNAVAILABLE');

-- CreateTable
CREATE TABLE "DataItem" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "englishName" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "subjectKind" "SubjectKind" NOT NULL,
    "method" "SharingMethod" NOT NULL,
    "fields" TEXT[],
    "asOfPath" TEXT NOT NULL,
    "licenceTypeCode" TEXT,
    "licenceHolderPath" TEXT,
    "via" TEXT[],
    "description" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DataItem_pkey" PRIMARY KEY ("code")
);

CREATE TABLE "DataItemPurpose" (
    "itemCode" TEXT NOT NULL,
    "matterCode" TEXT NOT NULL,
    CONSTRAINT "DataItemPurpose_pkey" PRIMARY KEY ("itemCode","matterCode")
);

CREATE TABLE "FormField" (
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "englishLabel" TEXT NOT NULL,
    "options" JSONB,
    "personItem" TEXT,
    "personPath" TEXT,
    "entityItem" TEXT,
    "entityPath" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FormField_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "MaterialKind" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "englishName" TEXT NOT NULL,
    "personItem" TEXT,
    "entityItem" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MaterialKind_pkey" PRIMARY KEY ("code")
);

CREATE TABLE "Matter" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "englishName" TEXT NOT NULL,
    "department" TEXT NOT NULL,
    "applicantType" "SubjectKind" NOT NULL,
    "caseType" "CaseType" NOT NULL,
    "legalTimeLimitDays" INTEGER NOT NULL,
    "promisedTimeLimitDays" INTEGER NOT NULL,
    "conditions" TEXT[],
    "fees" TEXT NOT NULL,
    "feeFen" INTEGER NOT NULL,
    "commitmentReplacesInspection" BOOLEAN NOT NULL DEFAULT false,
    "producesMaterial" TEXT,
    "result" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Matter_pkey" PRIMARY KEY ("code")
);

CREATE TABLE "MatterSituation" (
    "matterCode" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    CONSTRAINT "MatterSituation_pkey" PRIMARY KEY ("matterCode","code")
);

CREATE TABLE "MatterMaterial" (
    "matterCode" TEXT NOT NULL,
    "materialCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "required" BOOLEAN NOT NULL,
    "tolerable" BOOLEAN NOT NULL,
    "situationCode" TEXT,
    CONSTRAINT "MatterMaterial_pkey" PRIMARY KEY ("matterCode","materialCode")
);

CREATE TABLE "MatterField" (
    "matterCode" TEXT NOT NULL,
    "fieldKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "required" BOOLEAN NOT NULL,
    CONSTRAINT "MatterField_pkey" PRIMARY KEY ("matterCode","fieldKey")
);

CREATE TABLE "MatterDataItem" (
    "matterCode" TEXT NOT NULL,
    "itemCode" TEXT NOT NULL,
    CONSTRAINT "MatterDataItem_pkey" PRIMARY KEY ("matterCode","itemCode")
);

CREATE TABLE "LifeEventBundle" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "englishName" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "subjectKind" "SubjectKind" NOT NULL,
    "result" TEXT NOT NULL,
    "resultLicenceTypeCode" TEXT,
    "promisedTimeLimitDays" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LifeEventBundle_pkey" PRIMARY KEY ("code")
);

CREATE TABLE "BundleMatter" (
    "bundleCode" TEXT NOT NULL,
    "matterCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "BundleMatter_pkey" PRIMARY KEY ("bundleCode","matterCode")
);

CREATE TABLE "Prefill" (
    "id" UUID NOT NULL,
    "subjectKind" "SubjectKind" NOT NULL,
    "subjectCode" CHAR(18) NOT NULL,
    "matterCode" TEXT,
    "bundleCode" TEXT,
    "situations" TEXT[],
    "caseId" TEXT,
    "callerId" TEXT NOT NULL,
    "callerCentre" TEXT,
    "fieldsTotal" INTEGER NOT NULL,
    "fieldsPrefilled" INTEGER NOT NULL,
    "materialsRequired" INTEGER NOT NULL,
    "materialsSatisfied" INTEGER NOT NULL,
    "gatewayMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Prefill_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "PrefillField" (
    "prefillId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT,
    "status" "FieldStatus" NOT NULL,
    "department" TEXT,
    "asOf" TIMESTAMPTZ(3),
    "itemCode" TEXT,
    CONSTRAINT "PrefillField_pkey" PRIMARY KEY ("prefillId","key")
);

CREATE TABLE "PrefillMaterial" (
    "prefillId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "status" "MaterialStatus" NOT NULL,
    "required" BOOLEAN NOT NULL,
    "tolerable" BOOLEAN NOT NULL,
    "licenceId" TEXT,
    "itemCode" TEXT,
    CONSTRAINT "PrefillMaterial_pkey" PRIMARY KEY ("prefillId","code")
);

CREATE TABLE "FieldCorrection" (
    "id" UUID NOT NULL,
    "prefillId" UUID NOT NULL,
    "fieldKey" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "correctedBy" TEXT NOT NULL,
    "correctedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FieldCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DataItemPurpose_matterCode_idx" ON "DataItemPurpose"("matterCode");
CREATE INDEX "Prefill_matterCode_idx" ON "Prefill"("matterCode");
CREATE INDEX "Prefill_bundleCode_idx" ON "Prefill"("bundleCode");
CREATE INDEX "FieldCorrection_prefillId_fieldKey_idx" ON "FieldCorrection"("prefillId", "fieldKey");

-- AddForeignKey
ALTER TABLE "DataItemPurpose" ADD CONSTRAINT "DataItemPurpose_itemCode_fkey" FOREIGN KEY ("itemCode") REFERENCES "DataItem"("code") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DataItemPurpose" ADD CONSTRAINT "DataItemPurpose_matterCode_fkey" FOREIGN KEY ("matterCode") REFERENCES "Matter"("code") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MatterSituation" ADD CONSTRAINT "MatterSituation_matterCode_fkey" FOREIGN KEY ("matterCode") REFERENCES "Matter"("code") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MatterMaterial" ADD CONSTRAINT "MatterMaterial_matterCode_fkey" FOREIGN KEY ("matterCode") REFERENCES "Matter"("code") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MatterField" ADD CONSTRAINT "MatterField_matterCode_fkey" FOREIGN KEY ("matterCode") REFERENCES "Matter"("code") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MatterDataItem" ADD CONSTRAINT "MatterDataItem_matterCode_fkey" FOREIGN KEY ("matterCode") REFERENCES "Matter"("code") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BundleMatter" ADD CONSTRAINT "BundleMatter_bundleCode_fkey" FOREIGN KEY ("bundleCode") REFERENCES "LifeEventBundle"("code") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BundleMatter" ADD CONSTRAINT "BundleMatter_matterCode_fkey" FOREIGN KEY ("matterCode") REFERENCES "Matter"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PrefillField" ADD CONSTRAINT "PrefillField_prefillId_fkey" FOREIGN KEY ("prefillId") REFERENCES "Prefill"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PrefillMaterial" ADD CONSTRAINT "PrefillMaterial_prefillId_fkey" FOREIGN KEY ("prefillId") REFERENCES "Prefill"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FieldCorrection" ADD CONSTRAINT "FieldCorrection_prefillId_fieldKey_fkey" FOREIGN KEY ("prefillId", "fieldKey") REFERENCES "PrefillField"("prefillId", "key") ON DELETE CASCADE ON UPDATE CASCADE;
