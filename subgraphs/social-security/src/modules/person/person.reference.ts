import type { SocialSecurityContext } from '../../context';
import { personRef, type Person } from './person.type';

/** The gateway asks for persons by key; fields are then read through the request's loaders. */
export function resolvePersonReference(reference: Pick<Person, 'idNumber'>, _ctx: SocialSecurityContext): Person {
  return personRef(reference.idNumber);
}
