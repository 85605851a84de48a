import type { MatterSpec } from '../model';
import { M } from '../matterCodes';

/** 电子证照库 matters: keeping licences right and letting an agent use them (帮办代办). */
const RESIDENT = ['civil.resident.identity', 'civil.resident.contact', 'elic.idCard'];

export const E_LICENSE_MATTERS: MatterSpec[] = [
  {
    code: M.LICENCE_CORRECTION, name: '电子证照信息纠错申请', englishName: 'E-licence correction request',
    department: 'e-license', applicantType: 'PERSON', caseType: 'PROMISED', legalTimeLimitDays: 10, promisedTimeLimitDays: 5,
    conditions: ['持证人认为电子证照照面信息与实际不符'],
    situations: [],
    materials: [{ code: 'id-card' }, { code: 'correction-evidence' }],
    fields: ['applicant.name', 'applicant.phone', 'correction.licenceId', 'correction.details'],
    dataItems: RESIDENT,
    fees: '不收费', feeFen: 0, result: '纠错处理结果告知（发证部门更正后重新归集）',
  },
  {
    code: M.LICENCE_USE_MANDATE, name: '电子证照用证授权（帮办代办）', englishName: 'Mandate for an agent to use e-licences',
    department: 'e-license', applicantType: 'PERSON', caseType: 'IMMEDIATE', legalTimeLimitDays: 1, promisedTimeLimitDays: 0,
    conditions: ['持证人本人申请', '代办人为村（社区）代办员或持证人指定的完全民事行为能力人'],
    situations: [],
    materials: [{ code: 'id-card' }, { code: 'agent-id-card' }],
    fields: ['applicant.name', 'applicant.phone', 'proxy.agentName', 'proxy.agentIdNumber', 'proxy.scope', 'proxy.validUntil'],
    dataItems: RESIDENT,
    fees: '不收费', feeFen: 0, result: '用证授权记录（委托书）',
  },
];
