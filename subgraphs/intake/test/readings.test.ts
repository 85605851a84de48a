import { LICENCE_TYPE, M } from '../src/catalogue';
import { FieldStatus, MaterialStatus, SubjectKind } from '../src/enums';
import { Availability } from '../src/modules/prefill/availability';
import { readFields } from '../src/modules/prefill/fieldReadings';
import type { GatewayOutcome } from '../src/modules/prefill/gatewayClient';
import { readMaterials } from '../src/modules/prefill/materialReadings';
import { compileTemplate } from '../src/modules/prefill/template';
import { recordsFrom } from './catalogueRecords';

/** Statuses and provenance from gateway answers of every shape, without a gateway. */
const template = compileTemplate(recordsFrom(), { kind: 'MATTER', code: M.RESIDENT_PENSION_ENROLMENT }, SubjectKind.PERSON, []);
const civil = {
  name: '王秀英', gender: 'FEMALE', ethnicity: '汉族', birthDate: '1961-03-02', phone: null, registryAsOf: '2026-09-01T02:00:00.000Z',
  household: { id: 'H370304001', address: '博山区城东街道峨眉山路1号', asOf: '2026-08-15T00:00:00.000Z' },
};
const social = { insuranceEnrolments: [{ status: 'ACTIVE', scheme: 'URBAN_RURAL_RESIDENT_PENSION', asOf: '2026-10-01T00:00:00.000Z' }] };
const idCard = { id: '1.2.156.3005.2.X', status: 'VALID', validUntil: '2036-01-01', asOf: '2026-07-01T00:00:00.000Z', type: { code: LICENCE_TYPE.ID_CARD }, verification: { result: 'VALID' } };
const outcome = (data: Record<string, unknown> | null, errors: GatewayOutcome['errors'] = [], failure: string | null = null): GatewayOutcome => ({ data, errors, failure, ms: 5 });
const read = (o: GatewayOutcome) => {
  const availability = new Availability(o);
  return { fields: new Map(readFields(template, o.data, availability).map((f) => [f.key, f])), materials: readMaterials(template, o.data, availability) };
};

describe('field statuses and provenance', () => {
  it('fills values with their department, item and the record’s as-of time, and labels coded values', () => {
    const { fields } = read(outcome({ civil_affairs: civil, social_security: social, e_license: { licences: [idCard] } }));
    expect(fields.get('applicant.gender')).toMatchObject({ value: 'FEMALE', displayValue: '女', status: FieldStatus.FILLED,
      source: { department: 'civil-affairs', dataItem: 'civil.resident.identity', asOf: new Date(civil.registryAsOf) } });
    expect(fields.get('applicant.address')?.source?.asOf).toEqual(new Date(civil.household.asOf));
    expect(fields.get('applicant.insuredSchemes')).toMatchObject({ displayValue: '城乡居民基本养老保险', source: { department: 'social-security' } });
    expect(fields.get('applicant.phone')).toMatchObject({ status: FieldStatus.NOT_HELD, value: null });
    expect(fields.get('pension.contributionGrade')).toMatchObject({ status: FieldStatus.ASKED, source: null });
  });

  it('marks a department’s fields PROVIDER_UNAVAILABLE when the gateway names it, and keeps the others', () => {
    const errors = [{ message: 'social-security unavailable: fetch failed', extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'social-security' } }];
    const { fields } = read(outcome({ civil_affairs: civil, social_security: { insuranceEnrolments: null }, e_license: { licences: [idCard] } }, errors));
    expect(fields.get('applicant.insuredSchemes')?.status).toBe(FieldStatus.PROVIDER_UNAVAILABLE);
    expect(fields.get('applicant.name')?.status).toBe(FieldStatus.FILLED);
    expect(fields.get('applicant.phone')?.status).toBe(FieldStatus.NOT_HELD);
  });

  it('reads the error path when a department returned an error', () => {
    const errors = [{ message: 'boom', path: ['civil_affairs', '_entities'] }];
    const { fields } = read(outcome({ civil_affairs: { ...civil, phone: null }, social_security: social, e_license: { licences: [] } }, errors));
    expect(fields.get('applicant.phone')?.status).toBe(FieldStatus.PROVIDER_UNAVAILABLE);
    expect(fields.get('applicant.insuredSchemes')?.status).toBe(FieldStatus.FILLED);
  });

  it('makes every bound field unavailable when the gateway gave nothing (timeout)', () => {
    const { fields, materials } = read(outcome(null, [], 'gateway did not answer within 5000 ms'));
    expect([...fields.values()].filter((f) => f.source).every((f) => f.status === FieldStatus.PROVIDER_UNAVAILABLE)).toBe(true);
    expect(materials.find((m) => m.code === 'id-card')?.status).toBe(MaterialStatus.PROVIDER_UNAVAILABLE);
  });
});

describe('materials checklist', () => {
  it('uses a valid e-licence and a household record instead of paper', () => {
    const { materials } = read(outcome({ civil_affairs: civil, social_security: social, e_license: { licences: [idCard] } }));
    expect(materials).toEqual([
      expect.objectContaining({ code: 'id-card', status: MaterialStatus.SATISFIED_BY_LICENCE, licenceId: idCard.id }),
      expect.objectContaining({ code: 'household-register', status: MaterialStatus.SATISFIED_BY_DATA, dataItem: 'civil.household.register' }),
    ]);
  });

  it('takes a licence only if the library verifies it now, whatever its record says', () => {
    for (const result of ['SURFACE_ALTERED', 'SIGNATURE_INVALID', 'UNKNOWN_ISSUER', 'REVOKED', 'EXPIRED']) {
      const unverified = { ...idCard, verification: { result } };
      const { materials } = read(outcome({ civil_affairs: civil, social_security: social, e_license: { licences: [unverified] } }));
      expect(materials[0]).toMatchObject({ status: MaterialStatus.TO_SUBMIT, licenceId: null, note: expect.stringContaining(`核验结果 ${result}`) });
    }
    const refused = { ...idCard, verification: null };
    const errors = [{ message: 'not authorised', path: ['e_license', '_entities', 0, 'licences', 0, 'verification'], extensions: { code: 'FORBIDDEN' } }];
    const { materials } = read(outcome({ civil_affairs: civil, social_security: social, e_license: { licences: [refused] } }, errors));
    expect(materials[0]).toMatchObject({ status: MaterialStatus.TO_SUBMIT, note: expect.stringContaining('未能核验') });
    const mixed = read(outcome({ civil_affairs: civil, social_security: social, e_license: { licences: [idCard, { ...idCard, id: '1.2.156.3005.2.Y', verification: { result: 'SURFACE_ALTERED' } }] } }));
    expect(mixed.materials[0]).toMatchObject({ status: MaterialStatus.SATISFIED_BY_LICENCE, licenceId: idCard.id });
  });

  it('asks for the paper when the only licence has expired or been revoked, saying why', () => {
    const expired = { ...idCard, status: 'EXPIRED', verification: { result: 'EXPIRED' } };
    const { materials } = read(outcome({ civil_affairs: { ...civil, household: null }, social_security: social, e_license: { licences: [expired] } }));
    expect(materials[0]).toMatchObject({ status: MaterialStatus.TO_SUBMIT, licenceId: null, note: expect.stringContaining('EXPIRED') });
    expect(materials[1]).toMatchObject({ status: MaterialStatus.TO_SUBMIT, tolerated: false });
  });
});
