import { postGraphQL } from '@hub/kit';
import { findDemoAccount } from '../../../gateway/src/auth/demoAccounts';
import { startTestHub, type TestHub } from '../../../gateway/test/testHub';

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); }, 300_000);
afterAll(() => hub?.stop());
const owner = findDemoAccount('citizen-restaurant-owner')!.claims;
const elderly = findDemoAccount('citizen-elderly')!.claims;
async function ask(account: string, q: string, v: Record<string, unknown> = {}, extra: Record<string, string> = {}) {
  const { body } = await postGraphQL<any>(hub.gateway.url, q, v, { ...(await hub.authHeaders(account)), ...extra });
  return body;
}
it('explores', async () => {
  const log = (x: unknown) => console.log(String(JSON.stringify(x, null, 1)).replace(/"token": "[^"]+"/g, "TOKEN").slice(0, 5000));
  log(await ask('clerk-boshan', 'query($id:String!){ person(idNumber:$id){ idNumber name gender birthDate deceasedOn registryAsOf } }', { id: owner.idNumber }));
  const opened = await ask('clerk-boshan', 'mutation($s: SubjectInput!){ openCase(subject:$s, bundleCode:"YJS-001", idempotencyKey:"key-00000001"){ id status version purposeGrant{ token expiresAt paths } } }', { s: { idNumber: owner.idNumber } });
  log(opened);
  const c = opened.data.openCase;
  const h = { 'x-hub-purpose': c.purposeGrant.token };
  log(await ask('clerk-boshan', 'query($id:String!){ person(idNumber:$id){ idNumber name gender birthDate deceasedOn registryAsOf } }', { id: owner.idNumber }, h));
  const form = await ask('clerk-boshan', 'mutation($s: SubjectInput!, $c:String){ prefillForm(subject:$s, bundleCode:"YJS-001", caseId:$c){ id caseId materials { code name status required tolerated licence { id } } fields { key status required } } }', { s: { idNumber: owner.idNumber }, c: c.id }, h);
  log(form.errors); log(form.data.prefillForm.materials); log(form.data.prefillForm.fields.filter((f: any) => f.status !== 'FILLED'));
  const lic = form.data.prefillForm.materials.find((m: any) => m.licence)?.licence?.id;
  log(await ask('clerk-boshan', 'query($id:String!){ licence(id:$id){ id name status } }', { id: lic }, h));
  log(await ask('clerk-boshan', 'query($id:String!){ licence(id:$id){ id name status } }', { id: lic }, { 'x-hub-matter': 'YJS-001' }));
  log(await ask('clerk-boshan', '{ lifeEventBundle(code:"YJS-001"){ matters { code name commitmentReplacesInspection } materials { code name tolerable } } }'));
  const bring = form.data.prefillForm.materials.filter((m: any) => m.required && (m.status === 'TO_SUBMIT' || m.status === 'PROVIDER_UNAVAILABLE'));
  log(bring);
  const due = new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10);
  const tol = bring.filter((m: any) => m.tolerated).slice(0, 1);
  const acc = await ask('clerk-boshan', `mutation($i: AcceptCaseInput!){ acceptCase(input:$i){ id number status caseType deadline remainingWorkingDays overdue version acceptedAt commitmentText tasks { id department step status dueDate } commitments { materialCode name dueDate overdue } events { seq at action fromStatus toStatus actorId actorRole actorName centre department detail } } }`,
    { i: { caseId: c.id, expectedVersion: c.version, broughtMaterials: bring.filter((m: any) => !tol.includes(m)).map((m: any) => m.code), tolerated: tol.map((m: any) => ({ materialCode: m.code, dueDate: due })), commitment: '本人承诺', idempotencyKey: "acc-00000001" } });
  log(acc);
  log(await ask('clerk-boshan', '{ centreCases { id number title status caseType deadline remainingWorkingDays overdue subjectCode commitments { overdue } } caseTimeLimits { centres { key open overdue dueToday } departments { key open } } }'));
  log(await ask('approver-market-access', '{ departmentTasks { id step status dueDate overdue matterCode case { id number title status subjectCode version } } caseTimeLimits { centres { key } departments { key open overdue dueToday } } }'));
  log(await ask('approver-market-access', 'query($c:String!){ purposeGrant(caseId:$c){ token } }', { c: c.id }));
  const g2 = (await ask('approver-market-access', 'query($c:String!){ purposeGrant(caseId:$c){ token } }', { c: c.id })).data?.purposeGrant?.token;
  log(await ask('approver-market-access', 'query($id:String!){ person(idNumber:$id){ idNumber name gender birthDate deceasedOn registryAsOf } }', { id: owner.idNumber }, { 'x-hub-purpose': g2 }));
  // elderly notice
  const o2 = await ask('clerk-boshan', 'mutation($s: SubjectInput!){ openCase(subject:$s, matterCode:"MZ-GG-005"){ id version purposeGrant{ token } } }', { s: { idNumber: elderly.idNumber } });
  const f2 = await ask('clerk-boshan', 'mutation($s: SubjectInput!, $c:String){ prefillForm(subject:$s, matterCode:"MZ-GG-005", caseId:$c){ id materials { code name status required tolerated } } }', { s: { idNumber: elderly.idNumber }, c: o2.data.openCase.id }, { 'x-hub-purpose': o2.data.openCase.purposeGrant.token });
  log(f2);
  log(await ask('clerk-boshan', 'mutation($i: AcceptCaseInput!){ acceptCase(input:$i){ id status closingReasons notice { issuedAt items { code name requirement } printable } } }', { i: { caseId: o2.data.openCase.id } }));
  log(await ask('clerk-boshan', 'query($c:String!){ case(id:$c){ id status purposeGrant { token } } }', { c: o2.data.openCase.id }));
});
