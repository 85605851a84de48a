import { hashSeed, type Seed, STREAM, rngFor } from './random';
import { householdLicences } from './licences/householdLicences';
import type { Licence } from './licences/model';
import { EnterpriseDirectory, enterpriseCount } from './market/enterprises';
import { householdEntities } from './market/householdEntities';
import type { MarketEntity } from './market/model';
import { NEIGHBOUR_COUNTIES, sourceCounties } from './places/counties';
import { CitizenIdAllocator } from './people/citizenIds';
import { buildHousehold } from './people/household';
import type { Household } from './people/model';
import { type PopulationPlan, householdSize, planPopulation } from './people/plan';
import { type HouseholdWelfare, householdWelfare } from './welfare/benefits';
import { householdWork } from './work/householdWork';
import type { WorkRecord } from './work/model';

/** Everything every department knows about one household, facet by facet. */
export interface HouseholdWorld {
  household: Household;
  welfare: HouseholdWelfare;
  entities: MarketEntity[];
  /** Computed only when a department needs it (social security, e-licences). */
  work: WorkRecord[] | null;
  licences: Licence[] | null;
}

export interface WorldOptions {
  persons: number;
  seed: Seed;
}

export interface Needs {
  work: boolean;
  licences: boolean;
}

/**
 * The synthetic world of one (seed, persons): walks households in index order and builds
 * each one's facets from independent random streams, so skipping a facet (civil affairs
 * needs no licences) never changes another. Memory stays bounded: only the plan (a byte
 * per household), the ID allocator and a cache of enterprise profiles are kept.
 */
export class SyntheticWorld {
  readonly seedHash: number;
  readonly plan: PopulationPlan;
  readonly directory: EnterpriseDirectory;
  private readonly allocator: CitizenIdAllocator;
  private next = 0;

  constructor(options: WorldOptions) {
    this.seedHash = hashSeed(options.seed);
    this.plan = planPopulation(options.persons, this.seedHash);
    this.directory = new EnterpriseDirectory(this.seedHash, enterpriseCount(options.persons), this.plan.households);
    const counties = [...sourceCounties().map((c) => c.code), ...NEIGHBOUR_COUNTIES];
    this.allocator = new CitizenIdAllocator(counties, this.seedHash);
  }

  get households(): number {
    return this.plan.households;
  }

  /** Household `index`; households must be asked for in order, as ID numbers are allocated in order. */
  household(index: number, needs: Needs): HouseholdWorld {
    if (index !== this.next) throw new Error(`households must be generated in order: expected ${this.next}, got ${index}`);
    this.next++;
    const household = buildHousehold({ seedHash: this.seedHash, allocator: this.allocator }, index, householdSize(this.plan, index));
    const founds = this.directory.foundedBy(index).length > 0;
    const welfare = householdWelfare(rngFor(this.seedHash, STREAM.welfare, index), household, founds);
    const entities = householdEntities(rngFor(this.seedHash, STREAM.market, index), household, this.directory, welfare.poor);
    const needsWork = needs.work || needs.licences;
    const work = needsWork
      ? householdWork({ rng: rngFor(this.seedHash, STREAM.work, index), directory: this.directory, household, welfare, entities })
      : null;
    const licences = needs.licences && work ? householdLicences(rngFor(this.seedHash, STREAM.licence, index), household, entities, work) : null;
    return { household, welfare, entities, work, licences };
  }
}
