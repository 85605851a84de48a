import { DEMO_PERSONS, DEMO_SEED, samplePeople } from '@hub/synth';
import type { CallerClaims } from './callerClaims';

/** A named account of the development issuer: POST /auth/dev-token {"account": "<account>"}. */
export interface DemoAccount {
  account: string;
  description: string;
  claims: CallerClaims;
}

/** Staff and systems: two clerks of different centres, one approver per department, one department system. */
const STAFF: DemoAccount[] = [
  clerk('clerk-boshan', '博山区城东街道便民服务中心', '370304001', 'a clerk of 博山区城东街道便民服务中心'),
  clerk('clerk-zhoucun', '周村区丝绸路街道便民服务中心', '370306001', 'a clerk of another centre, 周村区丝绸路街道便民服务中心'),
  approver('approver-civil-affairs', 'civil-affairs', '民政局审批岗'),
  approver('approver-social-security', 'social-security', '人力资源和社会保障局审批岗'),
  approver('approver-market-access', 'market-access', '市场监督管理局审批岗'),
  approver('approver-e-license', 'e-license', '电子证照库管理岗'),
  {
    account: 'system-social-security',
    description: 'the social security department’s own system (service account)',
    claims: {
      sub: 'system-social-security',
      role: 'DEPARTMENT_SYSTEM',
      name: '人社业务经办系统',
      department: 'social-security',
      // What its service account may read in other departments, as <department>:<catalogue path>:
      // the registry name, the household register and assistance received (for the subsistence
      // allowance income check), and the businesses a person runs. Nothing else.
      grants: ['civil-affairs:person.name', 'civil-affairs:person.household', 'civil-affairs:person.benefits', 'market-access:person.businessesOperated'],
    },
  },
];

let accounts: DemoAccount[] | undefined;

/**
 * Every demo account. Citizens are sample people of the demo population (@hub/synth),
 * found in the generated data rather than written here, so they always exist in it;
 * generating takes about a second, so it happens on first use.
 */
export function demoAccounts(): DemoAccount[] {
  if (accounts) return accounts;
  const people = samplePeople({ persons: DEMO_PERSONS, seed: DEMO_SEED });
  accounts = [
    ...STAFF,
    citizen('citizen-restaurant-owner', people.restaurantOwner, 'runs a restaurant (个体工商户), married, insured'),
    citizen('citizen-elderly', people.elderly80Plus, 'aged 80+, receives the old-age allowance'),
    citizen('citizen-unemployed', people.registeredUnemployed, 'registered unemployed'),
  ];
  return accounts;
}

export function findDemoAccount(name: string): DemoAccount | undefined {
  return demoAccounts().find((a) => a.account === name);
}

function clerk(account: string, centre: string, division: string, description: string): DemoAccount {
  return { account, description, claims: { sub: account, role: 'CLERK', name: `${centre}窗口`, centre, division } };
}

function approver(account: string, department: string, name: string): DemoAccount {
  return { account, description: `an approver of ${department}`, claims: { sub: account, role: 'APPROVER', name, department } };
}

function citizen(account: string, person: { idNumber: string; name: string }, about: string): DemoAccount {
  return {
    account,
    description: `${person.name}, ${about}`,
    claims: { sub: account, role: 'CITIZEN', name: person.name, idNumber: person.idNumber },
  };
}
