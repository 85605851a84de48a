import { chineseDate } from '../calendar';
import { organ } from '../places/organs';
import type { Household, Marriage } from '../people/model';
import type { WorkRecord } from '../work/model';
import { LICENCE_TYPES } from './catalogue';
import { type Licence, issue } from './model';

/**
 * Personal e-licences issued by civil affairs and human resources: the marriage certificate
 * (one for each spouse of a current marriage, as on paper), the social security card and
 * the employment-and-entrepreneurship certificate.
 */
export function marriageLicences(household: Household, marriage: Marriage): Licence[] {
  if (!marriage.current) return [];
  const byId = new Map(household.members.map((p) => [p.idNumber, p]));
  const husband = byId.get(marriage.husbandIdNumber);
  const wife = byId.get(marriage.wifeIdNumber);
  if (!husband || !wife) return [];
  const issuer = organ(household.county, 'civilAffairs');
  return [husband, wife].map((holder, i) =>
    issue({
      type: LICENCE_TYPES.MARRIAGE, serial: `${marriage.certificateNumber.replace(/-/g, '')}${i === 0 ? 'A' : 'B'}`, number: marriage.certificateNumber,
      holderName: holder.name, holderCode: holder.idNumber, issuer, issuedOn: marriage.registeredOn, validUntil: null,
      jurisdiction: household.county.code, status: 'VALID',
      surfaceData: {
        持证人: holder.name,
        登记日期: chineseDate(marriage.registeredOn),
        结婚证字号: marriage.certificateNumber,
        男方姓名: husband.name,
        男方身份证件号: husband.idNumber,
        女方姓名: wife.name,
        女方身份证件号: wife.idNumber,
        登记机关: issuer.name,
      },
    }),
  );
}

export function socialSecurityCardLicence(household: Household, record: WorkRecord): Licence | null {
  const { card, person } = record;
  if (!card) return null;
  const issuer = organ(household.county, 'humanResources');
  // A card reported lost (挂失) or cancelled cannot be shown: the nearest e-licence status is 注销.
  return issue(
    {
      type: LICENCE_TYPES.SOCIAL_SECURITY_CARD, serial: card.cardNumber, number: card.cardNumber,
      holderName: person.name, holderCode: person.idNumber, issuer, issuedOn: card.issuedOn, validUntil: null,
      jurisdiction: household.county.code, status: card.status === 'ACTIVE' ? 'VALID' : 'CANCELLED',
      surfaceData: { 姓名: person.name, 社会保障号码: person.idNumber, 卡号: card.cardNumber, 发卡日期: chineseDate(card.issuedOn), 发卡银行: card.bank },
    },
    person.deceasedOn ?? card.issuedOn,
  );
}

export function employmentCertificateLicence(household: Household, record: WorkRecord): Licence | null {
  const { certificate, person } = record;
  if (!certificate) return null;
  return issue({
    type: LICENCE_TYPES.EMPLOYMENT_CERTIFICATE, serial: certificate.number, number: certificate.number,
    holderName: person.name, holderCode: person.idNumber, issuer: organ(household.county, 'humanResources'),
    issuedOn: certificate.issuedOn, validUntil: null, jurisdiction: household.county.code, status: 'VALID',
    surfaceData: { 姓名: person.name, 公民身份号码: person.idNumber, 证书编号: certificate.number, 发证机构: certificate.issuedBy, 发证日期: chineseDate(certificate.issuedOn) },
  });
}
