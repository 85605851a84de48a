import { createHash, getHashes } from 'node:crypto';
import type { ChainedDataAccess } from './entry';

/**
 * The hash chain of a department's data-access log. Each record's hash covers its fields and
 * the previous record's hash, so altering, deleting or inserting a record breaks every link
 * after it. SM3 (GB/T 32905), the national hash: government systems are assessed against the
 * commercial-cryptography rules (密评, GM/T 0054), which expect SM algorithms, and the hub
 * already uses SM2/SM3 for e-licences. Node's OpenSSL 3 provides it; same 256-bit size as
 * SHA-256.
 */
export const CHAIN_HASH = 'sm3';

/** Bumped if the serialisation ever changes, so old and new records never hash alike. */
export const CHAIN_FORMAT = 'hub-data-access/1';

if (!getHashes().includes(CHAIN_HASH)) {
  // Fail at load, not at the first read: without the hash no read can be recorded.
  throw new Error(`this Node.js build lacks the ${CHAIN_HASH} hash the data-access log needs (OpenSSL 3 provides it)`);
}

function sm3(text: string): string {
  return createHash(CHAIN_HASH).update(text, 'utf8').digest('hex');
}

/**
 * Where a department's chain starts. Bound to the department, so records cannot be moved
 * from one department's log into another's without breaking the chain.
 */
export function genesisHash(department: string): string {
  return sm3(`${CHAIN_FORMAT} genesis ${department}`);
}

/**
 * The canonical form hashed for a record: a JSON array in a fixed order — arrays have no key
 * order to disagree about, JSON escapes every string one way, and absent values are null.
 * `seq` as decimal text and `at` as ISO-8601 with milliseconds (the column keeps
 * milliseconds), so what is read back serialises exactly as what was written.
 */
export function canonicalRecord(record: Omit<ChainedDataAccess, 'hash'>): string {
  return JSON.stringify([
    CHAIN_FORMAT,
    String(record.seq),
    record.at.toISOString(),
    record.subjectIdNumber,
    record.items,
    record.callerId,
    record.callerRole,
    record.callerName,
    record.callerCentre,
    record.callerDivision,
    record.callerDepartment,
    record.purposeMatter,
    record.purposeCase,
    record.traceId,
    record.prevHash,
  ]);
}

export function recordHash(record: Omit<ChainedDataAccess, 'hash'>): string {
  return sm3(canonicalRecord(record));
}
