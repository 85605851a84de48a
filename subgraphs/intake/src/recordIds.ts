/** Intake's records (cases, tasks, authorisations, prefills) are keyed by UUID; anything else is refused before the database is asked. */
const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;

export function isRecordId(value: string): boolean {
  return UUID.test(value);
}
