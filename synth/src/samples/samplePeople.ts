import { REFERENCE_DAY, ageOn, dayFromIso } from '../calendar';
import type { GenerateOptions } from '../generate';
import { Dataset, type Row, text } from './dataset';
import { type SamplePeople, found, missing } from './model';

export type { SamplePeople };

/**
 * Showcase subjects of a population (see SamplePeople). Generates all four departments in
 * memory: meant for demo sizes.
 */
export function samplePeople(options: GenerateOptions): SamplePeople {
  return samplePeopleIn(new Dataset(options));
}

/** The same, from rows already generated. */
export function samplePeopleIn(data: Dataset): SamplePeople {
  return new Showcase(data).pick();
}

class Showcase {
  private readonly residents: Map<string, Row>;
  private readonly enrolments: Map<string, Row[]>;
  private readonly licencesByHolder: Map<string, Row[]>;
  private readonly benefitsByPerson: Map<string, Row[]>;
  private readonly entitiesByRep: Map<string, Row[]>;

  constructor(private readonly data: Dataset) {
    this.residents = new Map(data.rows('Resident').map((r) => [text(r, 'idNumber'), r]));
    this.enrolments = data.groupBy('InsuranceEnrolment', 'idNumber');
    this.licencesByHolder = data.groupBy('Licence', 'holderCode');
    this.benefitsByPerson = data.groupBy('Benefit', 'beneficiaryIdNumber');
    this.entitiesByRep = data.groupBy('MarketEntity', 'legalRepresentativeIdNumber');
  }

  pick(): SamplePeople {
    return {
      restaurantOwner: this.restaurantOwner(),
      subsistenceHousehold: this.subsistenceHousehold(),
      elderly80Plus: this.elderly80Plus(),
      elderlyWithoutAllowance: this.elderlyWithoutAllowance(),
      uninsuredAdult: this.uninsuredAdult(),
      marriedCouple: this.marriedCouple(),
      registeredUnemployed: this.registeredUnemployed(),
      employee: this.employee(),
      expiredIdCardHolder: this.expiredIdCardHolder(),
    };
  }

  private living(idNumber: string): Row | undefined {
    const r = this.residents.get(idNumber);
    return r && r['deceasedOn'] === null ? r : undefined;
  }

  private age(r: Row): number {
    return ageOn(dayFromIso(text(r, 'birthDate')), REFERENCE_DAY);
  }

  private insured(idNumber: string): boolean {
    return (this.enrolments.get(idNumber) ?? []).some((e) => e['status'] === 'ACTIVE');
  }

  /** The spouse of a current marriage: a MARRIAGE registration without a DIVORCE of the same parties. */
  private spouseOf(idNumber: string): string | undefined {
    const registrations = this.data.rows('MarriageRegistration').filter((m) => m['partyAIdNumber'] === idNumber || m['partyBIdNumber'] === idNumber);
    const divorced = new Set(registrations.filter((m) => m['kind'] === 'DIVORCE').map((m) => `${m['partyAIdNumber']}|${m['partyBIdNumber']}`));
    const current = registrations.find((m) => m['kind'] === 'MARRIAGE' && !divorced.has(`${m['partyAIdNumber']}|${m['partyBIdNumber']}`));
    if (!current) return undefined;
    const spouse = text(current, current['partyAIdNumber'] === idNumber ? 'partyBIdNumber' : 'partyAIdNumber');
    return this.living(spouse) ? spouse : undefined;
  }

  private restaurantOwner(): SamplePeople['restaurantOwner'] {
    const permits = this.data.groupBy('Permit', 'creditCode');
    for (const entity of this.data.rows('MarketEntity')) {
      if (entity['kind'] !== 'INDIVIDUAL_BUSINESS' || entity['status'] !== 'ACTIVE') continue;
      const creditCode = text(entity, 'creditCode');
      // JY2…: a food business licence whose 主体业态 is catering (餐饮服务).
      const permit = (permits.get(creditCode) ?? []).find((p) => p['kind'] === 'FOOD_BUSINESS' && p['status'] === 'VALID' && text(p, 'number').startsWith('JY2'));
      const idNumber = text(entity, 'legalRepresentativeIdNumber');
      const operator = this.living(idNumber);
      const spouse = this.spouseOf(idNumber);
      const licences = this.licencesByHolder.get(idNumber) ?? [];
      if (!permit || !operator || operator['maritalStatus'] !== 'MARRIED' || !spouse || !this.insured(idNumber) || licences.length === 0) continue;
      if (!this.licencesByHolder.has(creditCode)) continue;
      return {
        idNumber, name: text(operator, 'name'), spouseIdNumber: spouse, creditCode, businessName: text(entity, 'name'),
        permitNumber: text(permit, 'number'), licenceIds: licences.map((l) => text(l, 'id')),
      };
    }
    return missing('married, insured restaurant owner with a valid food business licence');
  }

  private subsistenceHousehold(): SamplePeople['subsistenceHousehold'] {
    const members = this.data.groupBy('Resident', 'householdId');
    const households = this.data.groupBy('Benefit', 'householdId');
    for (const household of this.data.rows('Household')) {
      const id = text(household, 'id');
      const active = (households.get(id) ?? []).some((b) => b['kind'] === 'SUBSISTENCE_ALLOWANCE' && b['status'] === 'ACTIVE');
      const living = (members.get(id) ?? []).filter((r) => r['deceasedOn'] === null).map((r) => text(r, 'idNumber'));
      const insured = living.filter((m) => this.insured(m));
      const operator = living.find((m) => (this.entitiesByRep.get(m) ?? []).some((e) => e['status'] === 'ACTIVE'));
      if (!active || living.length < 3 || insured.length === 0 || !operator) continue;
      const business = (this.entitiesByRep.get(operator) ?? []).find((e) => e['status'] === 'ACTIVE')!;
      return {
        householdId: id, headIdNumber: text(household, 'headIdNumber'), memberIdNumbers: living, insuredIdNumbers: insured,
        businessOperatorIdNumber: operator, businessCreditCode: text(business, 'creditCode'),
      };
    }
    return missing('subsistence-allowance household of 3+ with an insured member and a business');
  }

  private elderly80Plus(): SamplePeople['elderly80Plus'] {
    for (const [idNumber, benefits] of this.benefitsByPerson) {
      const allowance = benefits.find((b) => b['kind'] === 'OLD_AGE_ALLOWANCE' && b['status'] === 'ACTIVE');
      const person = this.living(idNumber);
      if (allowance && person && this.age(person) >= 80) {
        return { idNumber, name: text(person, 'name'), age: this.age(person), monthlyAllowanceFen: Number(allowance['monthlyAmountFen']) };
      }
    }
    return missing('person aged 80+ receiving the old-age allowance');
  }

  private elderlyWithoutAllowance(): SamplePeople['elderlyWithoutAllowance'] {
    for (const person of this.data.rows('Resident')) {
      const idNumber = text(person, 'idNumber');
      const receives = (this.benefitsByPerson.get(idNumber) ?? []).some((b) => b['kind'] === 'OLD_AGE_ALLOWANCE');
      if (person['deceasedOn'] === null && this.age(person) >= 80 && !receives) return { idNumber, name: text(person, 'name'), age: this.age(person) };
    }
    return null;
  }

  private uninsuredAdult(): SamplePeople['uninsuredAdult'] {
    const person = this.data.rows('Resident').find((r) => r['deceasedOn'] === null && this.age(r) >= 25 && this.age(r) < 60 && !this.enrolments.has(text(r, 'idNumber')));
    const p = found('uninsured working-age adult', person);
    return { idNumber: text(p, 'idNumber'), name: text(p, 'name'), age: this.age(p) };
  }

  private marriedCouple(): SamplePeople['marriedCouple'] {
    for (const m of this.data.rows('MarriageRegistration')) {
      const husband = this.living(text(m, 'partyAIdNumber'));
      const wife = this.living(text(m, 'partyBIdNumber'));
      if (m['kind'] !== 'MARRIAGE' || !husband || !wife || husband['householdId'] !== wife['householdId']) continue;
      if (husband['maritalStatus'] !== 'MARRIED' || wife['maritalStatus'] !== 'MARRIED') continue;
      const number = text(m, 'certificateNumber');
      const certified = [husband, wife].every((p) => (this.licencesByHolder.get(text(p, 'idNumber')) ?? []).some((l) => l['number'] === number));
      if (certified) return { husbandIdNumber: text(husband, 'idNumber'), wifeIdNumber: text(wife, 'idNumber'), certificateNumber: number, householdId: text(husband, 'householdId') };
    }
    return missing('married couple with marriage certificates');
  }

  private registeredUnemployed(): SamplePeople['registeredUnemployed'] {
    const certificates = new Map(this.data.rows('EmploymentCertificate').map((c) => [text(c, 'idNumber'), text(c, 'number')]));
    const registration = this.data.rows('UnemploymentRegistration').find((u) => u['status'] === 'REGISTERED' && certificates.has(text(u, 'idNumber')));
    const idNumber = text(found('registered unemployed person', registration), 'idNumber');
    return { idNumber, name: text(found('resident', this.residents.get(idNumber)), 'name'), certificateNumber: certificates.get(idNumber)! };
  }

  private employee(): SamplePeople['employee'] {
    const enterprises = new Map(this.data.rows('MarketEntity').map((e) => [text(e, 'creditCode'), e]));
    const job = this.data.rows('Employment').find((j) => {
      const employer = enterprises.get(text(j, 'employerCreditCode'));
      return j['endDate'] === null && employer?.['kind'] === 'ENTERPRISE' && employer['status'] === 'ACTIVE';
    });
    const j = found('employee of an active enterprise', job);
    const idNumber = text(j, 'idNumber');
    return { idNumber, name: text(found('resident', this.residents.get(idNumber)), 'name'), employerCreditCode: text(j, 'employerCreditCode'), employerName: text(j, 'employerName') };
  }

  private expiredIdCardHolder(): SamplePeople['expiredIdCardHolder'] {
    const idCardType = found('resident ID card type', this.data.rows('LicenceType').find((t) => t['name'] === '居民身份证'));
    const licence = this.data.rows('Licence').find((l) => l['typeCode'] === idCardType['code'] && l['status'] === 'EXPIRED');
    const l = found('expired resident ID card', licence);
    return { idNumber: text(l, 'holderCode'), name: text(l, 'holderName'), validUntil: text(l, 'validUntil') };
  }
}
