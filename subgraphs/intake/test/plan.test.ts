import { parse } from 'graphql';
import { B, CATALOGUE, LICENCE_TYPE, M } from '../src/catalogue';
import { SubjectKind } from '../src/enums';
import { CatalogueSnapshot } from '../src/modules/catalogue/catalogue.cache';
import { planFor } from '../src/modules/prefill/prefill.service';
import { compileTemplate } from '../src/modules/prefill/template';
import { recordsFrom } from './catalogueRecords';

const records = recordsFrom();
const person = { kind: SubjectKind.PERSON, code: '370304197611167182' };
const entity = { kind: SubjectKind.MARKET_ENTITY, code: '92370304MA3C00001X' };
const matter = (code: string, name = '') => ({ kind: 'MATTER' as const, code, name });
const bundle = (code: string, name = '') => ({ kind: 'BUNDLE' as const, code, name });

describe('form templates', () => {
  it('asks a field shared by several matters of a bundle once, naming every matter that asks it', () => {
    const template = compileTemplate(records, bundle(B.OPEN_RESTAURANT), SubjectKind.PERSON, []);
    const keys = template.fields.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(template.fields.find((f) => f.key === 'applicant.name')?.matters).toEqual([M.INDIVIDUAL_BUSINESS_REGISTRATION, M.FOOD_BUSINESS_LICENCE, M.EMPLOYEE_INSURANCE_REGISTRATION]);
    expect(template.separately.fields).toBeGreaterThan(template.fields.length);
    const licence = template.materials.find((m) => m.code === 'business-licence');
    expect(licence?.producedBy).toBe(M.INDIVIDUAL_BUSINESS_REGISTRATION);
  });

  it('adds situational materials only when the situation is chosen', () => {
    const plain = compileTemplate(records, matter(M.INDIVIDUAL_BUSINESS_REGISTRATION), SubjectKind.PERSON, []);
    const agent = compileTemplate(records, matter(M.INDIVIDUAL_BUSINESS_REGISTRATION), SubjectKind.PERSON, ['AGENT']);
    expect(plain.materials.map((m) => m.code)).not.toContain('power-of-attorney');
    expect(agent.materials.map((m) => m.code)).toContain('power-of-attorney');
  });

  it('refuses a bound field whose item the matter does not declare (NOT_PERMITTED, never read)', () => {
    const template = compileTemplate(records, matter(M.OLD_AGE_ALLOWANCE), SubjectKind.PERSON, []);
    const phone = template.fields.find((f) => f.key === 'applicant.phone')!;
    expect(phone.binding?.item.code).toBe('civil.resident.contact');
    expect(phone.permitted).toBe(false);
  });
});

describe('prefill plans: one document per template', () => {
  it('selects exactly the permitted fields, grouped by department, and parses as GraphQL', () => {
    const snapshot = new CatalogueSnapshot('v1', records);
    const plan = planFor(snapshot, { target: matter(M.OLD_AGE_ALLOWANCE), subject: person, situations: [] });
    expect(() => parse(plan.document!)).not.toThrow();
    expect(plan.document).toContain('civil_affairs: applicantPerson(idNumber: $subject)');
    expect(plan.document).toContain('e_license: applicantPerson(idNumber: $subject)');
    expect(plan.document).toContain(`licences(types: ["${LICENCE_TYPE.ID_CARD}", "${LICENCE_TYPE.SOCIAL_SECURITY_CARD}"])`);
    expect(plan.document).toContain('registryAsOf');
    // Data minimisation: the phone is bound but not permitted for this matter; no other department is asked.
    expect(plan.document).not.toContain('phone');
    expect(plan.document).not.toMatch(/social_security|market_access|insurance|businesses/);
  });

  it('is built once per template and then served from the catalogue snapshot', () => {
    const snapshot = new CatalogueSnapshot('v1', records);
    const request = { target: matter(M.SUBSISTENCE_ALLOWANCE), subject: person, situations: [] };
    const first = planFor(snapshot, request);
    const count = snapshot.derivedCount;
    expect(planFor(snapshot, { ...request })).toBe(first);
    expect(snapshot.derivedCount).toBe(count);
    expect(planFor(snapshot, { ...request, situations: ['MARRIED'] })).not.toBe(first);
  });

  it('reads a market entity from market regulation and its operator through it', () => {
    const plan = planFor(new CatalogueSnapshot('v1', records), { target: matter(M.FOOD_BUSINESS_LICENCE), subject: entity, situations: [] });
    expect(plan.document).toContain('market_access: applicantEntity(creditCode: $subject)');
    expect(plan.document).toContain('civil_affairs: applicantEntity(creditCode: $subject) { legalRepresentative { name registryAsOf phone } }');
    expect(plan.document).toMatch(/e_license: applicantEntity\(creditCode: \$subject\) \{ licences\(types: \[.*\]\) \{ id status validUntil asOf type \{ code \} verification \{ result \} \} legalRepresentative \{ licences/);
    expect(() => parse(plan.document!)).not.toThrow();
  });

  it('builds a document for every matter and bundle of the catalogue', () => {
    const snapshot = new CatalogueSnapshot('v1', records);
    for (const m of CATALOGUE.matters) {
      const subject = m.applicantType === 'PERSON' ? person : entity;
      const plan = planFor(snapshot, { target: matter(m.code), subject, situations: [] });
      expect(plan.document).not.toBeNull();
      expect(() => parse(plan.document!)).not.toThrow();
    }
    for (const b of CATALOGUE.bundles) expect(() => parse(planFor(snapshot, { target: bundle(b.code), subject: person, situations: [] }).document!)).not.toThrow();
  });
});
