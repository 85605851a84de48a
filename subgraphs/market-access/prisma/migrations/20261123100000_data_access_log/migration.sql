-- CreateTable
CREATE TABLE "DataAccessRecord" (
    "seq" BIGINT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "subjectIdNumber" TEXT NOT NULL,
    "items" TEXT[],
    "callerId" TEXT NOT NULL,
    "callerRole" TEXT NOT NULL,
    "callerName" TEXT,
    "callerCentre" TEXT,
    "callerDivision" TEXT,
    "callerDepartment" TEXT,
    "purposeMatter" TEXT,
    "purposeCase" TEXT,
    "traceId" TEXT NOT NULL,
    "prevHash" CHAR(64) NOT NULL,
    "hash" CHAR(64) NOT NULL,
    CONSTRAINT "DataAccessRecord_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "DataAccessRecord_prevHash_key" ON "DataAccessRecord"("prevHash");
CREATE UNIQUE INDEX "DataAccessRecord_hash_key" ON "DataAccessRecord"("hash");
CREATE INDEX "DataAccessRecord_subjectIdNumber_seq_idx" ON "DataAccessRecord"("subjectIdNumber", "seq");

-- Append-only (not expressible in schema.prisma): the log is written once and never changed.
-- A role that can disable this trigger can still edit rows; the hash chain is what reveals it.
CREATE FUNCTION "DataAccessRecord_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the data-access log is append-only: % on "DataAccessRecord" refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER "DataAccessRecord_no_update_or_delete" BEFORE UPDATE OR DELETE ON "DataAccessRecord"
    FOR EACH ROW EXECUTE FUNCTION "DataAccessRecord_append_only"();
CREATE TRIGGER "DataAccessRecord_no_truncate" BEFORE TRUNCATE ON "DataAccessRecord"
    FOR EACH STATEMENT EXECUTE FUNCTION "DataAccessRecord_append_only"();
