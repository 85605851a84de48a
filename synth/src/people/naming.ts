import type { Rng } from '../random';
import type { Kin } from './family';
import { SURNAMES } from './names';

/**
 * Surnames that follow the family tree: children mostly take their father's surname
 * (sometimes their mother's); spouses and in-laws keep their own; a head's father shares
 * the head's surname. Members are ordered so that a parent comes before a child, except
 * the head's own parents, which are handled from the head.
 */
export function familySurnames(rng: Rng, kin: Kin[]): string[] {
  const surnames: string[] = [];
  kin.forEach((member, i) => {
    surnames.push(i === 0 ? SURNAMES.draw(rng) : inherited(rng, kin, surnames, member, i));
  });
  return surnames;
}

function inherited(rng: Rng, kin: Kin[], surnames: string[], member: Kin, i: number): string {
  const head = kin[0]!;
  if (member.relation === 'PARENT') {
    return head.father === i && rng.chance(0.95) ? surnames[0]! : SURNAMES.draw(rng);
  }
  if (member.relation === 'SPOUSE' || member.relation === 'OTHER') return SURNAMES.draw(rng);
  if (member.father !== undefined) {
    const fromFather = rng.chance(0.92) || member.mother === undefined;
    return surnames[fromFather ? member.father : member.mother!]!;
  }
  if (member.lineage !== undefined && rng.chance(0.92)) return surnames[member.lineage]!;
  if (member.mother !== undefined && rng.chance(0.2)) return surnames[member.mother]!;
  return SURNAMES.draw(rng);
}
