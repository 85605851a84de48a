import type { ELicenseContext } from '../../context';
import { personRef, type Person } from './person.type';

/** The gateway asks for persons by key; their licences are then read through the request's loaders. */
export function resolvePersonReference(reference: Pick<Person, 'idNumber'>, _ctx: ELicenseContext): Person {
  return personRef(reference.idNumber);
}
