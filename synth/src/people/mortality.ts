import { type Day, REFERENCE_DAY, addYears } from '../calendar';
import type { Rng } from '../random';
import type { Kin } from './family';

/**
 * A few elderly members have died and are still on the register with their date of death:
 * one of the head's elderly parents, or the head's elderly spouse. The survivor becomes
 * WIDOWED; the deceased keeps the status they died with. Heads never die here (the register
 * would have a new head), so every household keeps a living head.
 */
export function deathDays(rng: Rng, kin: Kin[], births: Day[]): Array<Day | null> {
  const deaths: Array<Day | null> = kin.map(() => null);
  kin.forEach((member, i) => {
    const partner = member.spouse;
    if (partner === undefined || partner < i || member.relation === 'OTHER' || member.relation === 'CHILD') return;
    const elder = Math.max(member.age, kin[partner]!.age);
    const risk = member.relation === 'PARENT' ? (elder - 60) * 0.012 : (elder - 60) * 0.008;
    if (elder < 65 || !rng.chance(Math.min(0.35, risk))) return;
    // Among the head's parents the father more often dies first; the head never does.
    const dies = member.relation === 'HEAD' ? partner : rng.chance(0.65) === (member.gender === 'MALE') ? i : partner;
    deaths[dies] = deathDay(rng, births[dies]!);
    kin[dies === i ? partner : i]!.maritalStatus = 'WIDOWED';
  });
  return deaths;
}

function deathDay(rng: Rng, birth: Day): Day {
  const earliest = Math.max(addYears(birth, 60), REFERENCE_DAY - 6 * 365);
  return Math.min(REFERENCE_DAY - 20, rng.int(earliest, REFERENCE_DAY - 20));
}
