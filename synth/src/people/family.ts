import type { Rng } from '../random';
import { type Kin, clampAge, coupleAges, husbandGap, other, siblingAges } from './kin';
import type { Gender, MaritalStatus } from './model';
import type { Template } from './templates';

export type { Kin };

/**
 * Builds the members bottom-up: the youngest generation's ages first, then each parent
 * 22–34 years older than their eldest child, so every family is biologically plausible.
 */
export function composeFamily(rng: Rng, template: Template): Kin[] {
  return new FamilyBuilder(rng, template).build();
}

class FamilyBuilder {
  private readonly kin: Kin[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly tpl: Template,
  ) {}

  build(): Kin[] {
    const { rng, tpl } = this;
    const [min, max] = tpl.youngest;
    // Older heads get rarer with age (an age pyramid), so skew ranges that start at 50+.
    const eldestYoung = min + Math.floor((max - min + 1) * rng.next() ** (min >= 50 ? 1.8 : 1));
    if (tpl.grandchildren > 0) return this.threeGenerations(eldestYoung);
    if (tpl.children > 0) {
      const ages = siblingAges(rng, eldestYoung, tpl.children);
      this.headGeneration(eldestYoung + rng.int(22, 34), true);
      this.children(ages, tpl.childSpouse);
      const first = this.kin.length - tpl.children;
      if (tpl.childSpouse) this.childSpouse(first, this.inLawAge(this.kin[first]!));
    } else {
      this.headGeneration(eldestYoung, false);
    }
    this.parents();
    return this.kin;
  }

  /** Head (and spouse). `age` is the mother's age when there are children, else the head's. */
  private headGeneration(age: number, hasChildren: boolean): void {
    const { rng, tpl } = this;
    if (tpl.spouse) {
      const couple = hasChildren ? coupleAges(rng, age) : this.childlessCouple(age);
      const headMale = rng.chance(0.78);
      this.kin.push({ relation: 'HEAD', gender: headMale ? 'MALE' : 'FEMALE', age: headMale ? couple.husband : couple.wife, maritalStatus: 'MARRIED', spouse: 1 });
      this.kin.push({ relation: 'SPOUSE', gender: headMale ? 'FEMALE' : 'MALE', age: headMale ? couple.wife : couple.husband, maritalStatus: 'MARRIED', spouse: 0 });
      return;
    }
    const gender: Gender = rng.chance(tpl.singleKind === 'elderly' || hasChildren ? 0.6 : 0.45) ? 'FEMALE' : 'MALE';
    const headAge = hasChildren && gender === 'MALE' ? clampAge(age + husbandGap(rng)) : age;
    this.kin.push({ relation: 'HEAD', gender, age: Math.max(hasChildren ? 22 : 18, headAge), maritalStatus: this.singleStatus(headAge, hasChildren) });
  }

  /** A couple without children at home: `age` is the head's; the spouse is placed around it. */
  private childlessCouple(age: number): { husband: number; wife: number } {
    const gap = husbandGap(this.rng);
    return { husband: clampAge(Math.max(22, age)), wife: clampAge(Math.max(20, age - gap)) };
  }

  private singleStatus(age: number, hasChildren: boolean): MaritalStatus {
    const r = this.rng.next();
    if (hasChildren) return r < 0.6 ? 'DIVORCED' : 'WIDOWED';
    if (this.tpl.parents > 0) return r < 0.75 || age < 25 ? 'UNMARRIED' : 'DIVORCED';
    switch (this.tpl.singleKind) {
      case 'elderly':
        return r < 0.72 ? 'WIDOWED' : r < 0.84 ? 'UNMARRIED' : 'DIVORCED';
      case 'middle':
        return r < 0.4 ? 'UNMARRIED' : r < 0.85 ? 'DIVORCED' : 'WIDOWED';
      default:
        return r < 0.92 || age < 24 ? 'UNMARRIED' : 'DIVORCED';
    }
  }

  /** The head's children; the first one married to `childSpouse` when the template says so. */
  private children(ages: number[], firstMarried: boolean): void {
    const { father, mother } = this.headParents();
    ages.forEach((age, i) => {
      const married = firstMarried && i === 0;
      const status: MaritalStatus = married ? 'MARRIED' : age >= 28 && this.rng.chance(0.12) ? 'DIVORCED' : 'UNMARRIED';
      const gender: Gender = married ? (this.rng.chance(0.8) ? 'MALE' : 'FEMALE') : this.rng.chance(0.52) ? 'MALE' : 'FEMALE';
      this.kin.push({ relation: 'CHILD', gender, age, maritalStatus: status, father, mother, lineage: this.headMale() });
    });
  }

  /** Indexes of the father and mother among the head and spouse. */
  private headParents(): { father?: number; mother?: number } {
    const head = this.kin[0]!;
    const spouse = this.tpl.spouse ? 1 : undefined;
    if (head.gender === 'MALE') return { father: 0, mother: spouse };
    return { father: spouse, mother: 0 };
  }

  /** The man of the head's generation, whose surname the family line carries, if present. */
  private headMale(): number | undefined {
    if (this.kin[0]!.gender === 'MALE') return 0;
    return this.tpl.spouse ? 1 : undefined;
  }

  /** The age of a married child's spouse, with the usual gap and the legal minimum. */
  private inLawAge(child: Kin): number {
    const gap = husbandGap(this.rng);
    return child.gender === 'MALE' ? Math.max(20, child.age - gap) : clampAge(Math.max(22, child.age + gap));
  }

  /** Grandchildren, their parents (the head's child, and spouse if present), the head couple. */
  private threeGenerations(eldestGrandchild: number): Kin[] {
    const { rng, tpl } = this;
    const grandAges = siblingAges(rng, eldestGrandchild, tpl.grandchildren);
    const middle = coupleAges(rng, eldestGrandchild + rng.int(22, 32));
    const sonLine = rng.chance(0.8);
    const bloodChildAge = sonLine ? middle.husband : middle.wife;
    this.headGeneration(bloodChildAge + rng.int(22, 34), true);
    if (tpl.children > 0) {
      const ages = siblingAges(rng, bloodChildAge, tpl.children);
      this.children(ages, tpl.childSpouse);
      const child = this.kin.length - tpl.children;
      this.kin[child]!.gender = sonLine ? 'MALE' : 'FEMALE';
      if (tpl.childSpouse) this.childSpouse(child, sonLine ? middle.wife : middle.husband);
      this.grandchildren(grandAges, child, tpl.childSpouse ? this.kin.length - 1 : undefined, sonLine);
    } else {
      // Left-behind children: their parents work elsewhere and are not in this register.
      this.grandchildren(grandAges, undefined, undefined, sonLine);
    }
    this.parents();
    return this.kin;
  }

  private childSpouse(child: number, age: number): void {
    const childKin = this.kin[child]!;
    childKin.spouse = this.kin.length;
    this.kin.push({ relation: 'OTHER', gender: other(childKin.gender), age, maritalStatus: 'MARRIED', spouse: child });
  }

  private grandchildren(ages: number[], child: number | undefined, inLaw: number | undefined, sonLine: boolean): void {
    const male = sonLine ? child : inLaw;
    const female = sonLine ? inLaw : child;
    for (const age of ages) {
      const gender: Gender = this.rng.chance(0.52) ? 'MALE' : 'FEMALE';
      // With the son's line the surname is the head family's; with a daughter's, her husband's.
      const lineage = male ?? (sonLine ? this.headMale() : undefined);
      this.kin.push({ relation: 'GRANDCHILD', gender, age, maritalStatus: 'UNMARRIED', father: male, mother: female, lineage });
    }
  }

  /** The head's own parents: mother 22–34 years older than the head, father a little older. */
  private parents(): void {
    const { rng, tpl } = this;
    if (tpl.parents === 0) return;
    const head = this.kin[0]!;
    const couple = coupleAges(rng, clampAge(head.age + rng.int(22, 34)));
    const first = this.kin.length;
    if (tpl.parents === 2) {
      this.kin.push({ relation: 'PARENT', gender: 'MALE', age: couple.husband, maritalStatus: 'MARRIED', spouse: first + 1 });
      this.kin.push({ relation: 'PARENT', gender: 'FEMALE', age: couple.wife, maritalStatus: 'MARRIED', spouse: first });
      head.father = first;
      head.mother = first + 1;
      return;
    }
    const mother = rng.chance(0.7); // women outlive men
    this.kin.push({ relation: 'PARENT', gender: mother ? 'FEMALE' : 'MALE', age: mother ? couple.wife : couple.husband, maritalStatus: rng.chance(0.85) ? 'WIDOWED' : 'DIVORCED' });
    if (mother) head.mother = first;
    else head.father = first;
  }
}
