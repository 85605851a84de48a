import type { MarketAccessContext } from '../../context';
import { personRef, type Person } from './person.type';

/** The gateway asks for persons by key; their businesses are then read through the request's loaders. */
export function resolvePersonReference(reference: Pick<Person, 'idNumber'>, _ctx: MarketAccessContext): Person {
  return personRef(reference.idNumber);
}
