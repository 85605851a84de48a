import type { Language } from '../i18n/I18nProvider';

/**
 * What a read covered, as a citizen says it: the log lists paths (household.address,
 * licences.status); the page names the records they belong to (户籍, 电子证照), once each.
 */
const RECORDS: Record<string, [zh: string, en: string]> = {
  name: ['姓名', 'name'],
  gender: ['性别', 'gender'],
  ethnicity: ['民族', 'ethnicity'],
  birthDate: ['出生日期', 'birth date'],
  deceasedOn: ['死亡登记', 'death registration'],
  phone: ['联系电话', 'phone'],
  maritalStatus: ['婚姻状况', 'marital status'],
  marriageRegistrations: ['婚姻登记', 'marriage registrations'],
  household: ['户籍', 'household register'],
  benefits: ['社会救助', 'social assistance'],
  insured: ['参保状态', 'insured'],
  insuranceEnrolments: ['参保记录', 'insurance enrolments'],
  employments: ['就业登记', 'employment'],
  currentEmployer: ['工作单位', 'employer'],
  socialSecurityCard: ['社会保障卡', 'social security card'],
  employmentCertificate: ['就业创业证', 'employment certificate'],
  unemploymentRegistrations: ['失业登记', 'unemployment registration'],
  businessesOperated: ['名下市场主体', 'businesses operated'],
  licences: ['电子证照', 'e-licences'],
};

/** Provenance, not personal data: when the register last confirmed the record. */
const METADATA = new Set(['registryAsOf']);

export function readRecords(items: string[], language: Language): string[] {
  const records = new Set<string>();
  for (const item of items) {
    const head = item.split('.')[0] ?? item;
    if (METADATA.has(head)) continue;
    const names = RECORDS[head];
    records.add(names ? names[language === 'zh' ? 0 : 1] : head);
  }
  return [...records];
}
