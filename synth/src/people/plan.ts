import { STREAM, rngFor } from '../random';
import { HOUSEHOLD_SIZES } from './templates';

/**
 * How many households a population of `persons` has and how big each is. Sizes are drawn
 * per household from their own stream, so the plan costs one tiny draw per household and
 * a byte of memory each (≈ 380 KB for a million people); the last household is cut to
 * make the total exact.
 */
export interface PopulationPlan {
  persons: number;
  households: number;
  sizes: Uint8Array;
}

export function planPopulation(persons: number, seedHash: number): PopulationPlan {
  if (!Number.isInteger(persons) || persons < 1) throw new Error(`persons must be a positive integer, got ${persons}`);
  const sizes = new Uint8Array(persons);
  let total = 0;
  let households = 0;
  while (total < persons) {
    const size = Math.min(HOUSEHOLD_SIZES.draw(rngFor(seedHash, STREAM.householdSize, households)), persons - total);
    sizes[households++] = size;
    total += size;
  }
  return { persons, households, sizes: sizes.slice(0, households) };
}

export function householdSize(plan: PopulationPlan, index: number): number {
  const size = plan.sizes[index];
  if (size === undefined) throw new Error(`household ${index} is outside the plan`);
  return size;
}
