import type { MaterialSpec } from './model';

/**
 * Kinds of application material (申请材料), each defined once, with the shared item that can
 * stand in for it per kind of subject: an e-licence item (the licence is used, not
 * photocopied) or a data item (the department's record replaces the paper). Without one, the
 * applicant submits it.
 */
export const MATERIALS: MaterialSpec[] = [
  { code: 'id-card', name: '居民身份证（申请人/经营者）', englishName: 'Resident ID card of the applicant or operator', person: 'elic.idCard', entity: 'elic.legalRep.idCard' },
  { code: 'household-register', name: '户口簿', englishName: 'Household register', person: 'civil.household.register', entity: 'civil.legalRep.household' },
  { code: 'family-relation-proof', name: '家庭成员关系证明', englishName: 'Proof of family relations', person: 'civil.household.members' },
  { code: 'business-licence', name: '营业执照', englishName: 'Business licence', entity: 'elic.businessLicence' },
  { code: 'food-business-licence', name: '食品经营许可证', englishName: 'Food business licence', entity: 'elic.foodBusiness' },
  { code: 'ss-card', name: '社会保障卡（待遇发放账户）', englishName: 'Social security card (paying account)', person: 'elic.ssCard' },
  { code: 'marriage-certificate', name: '结婚证', englishName: 'Marriage certificate', person: 'elic.marriage' },
  { code: 'unemployment-proof', name: '失业登记证明', englishName: 'Proof of unemployment registration', person: 'hrss.unemployment' },
  { code: 'employment-income-proof', name: '家庭成员就业及工资收入证明', englishName: 'Proof of employment and wages', person: 'hrss.employment' },
  { code: 'premises-proof', name: '经营场所使用证明（产权证明或租赁协议）', englishName: 'Proof of right to use the premises' },
  { code: 'food-layout', name: '食品经营设备设施布局图及操作流程', englishName: 'Layout of equipment and workflow' },
  { code: 'food-safety-rules', name: '食品安全管理制度文本', englishName: 'Food safety management rules' },
  { code: 'health-certificates', name: '从业人员健康证明', englishName: "Workers' health certificates" },
  { code: 'employee-roster', name: '参保职工花名册', englishName: 'Roster of employees to insure' },
  { code: 'labour-contracts', name: '劳动合同', englishName: 'Labour contracts' },
  { code: 'termination-proof', name: '解除或终止劳动关系证明', englishName: 'Proof the employment ended' },
  { code: 'power-of-attorney', name: '授权委托书及代理人身份证明', englishName: "Power of attorney and agent's ID" },
  { code: 'family-finance-authorisation', name: '家庭经济状况核对授权书', englishName: 'Authorisation to check household finances' },
  { code: 'hardship-proof', name: '困难情况说明及佐证材料', englishName: 'Statement and evidence of hardship' },
  { code: 'disability-certificate', name: '残疾人证', englishName: 'Disability certificate' },
  { code: 'photo', name: '近期免冠照片', englishName: 'Recent photo' },
  { code: 'tax-clearance', name: '清税证明', englishName: 'Tax clearance' },
  { code: 'change-proof', name: '变更事项相关证明文件', englishName: 'Documents for the change' },
  { code: 'correction-evidence', name: '证照信息有误的佐证材料', englishName: 'Evidence that the licence is wrong' },
  { code: 'agent-id-card', name: '代办人身份证件', englishName: "Agent's ID" },
];
