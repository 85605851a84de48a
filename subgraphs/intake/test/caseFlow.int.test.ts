import { DEMO_PERSONS, DEMO_SEED, samplePeople } from '@hub/synth';
import { B, M } from '../src/catalogue/matterCodes';
import { addWorkingDays } from '../src/modules/case/workingDays';
import { startTestHub } from '../../../gateway/test/testHub';
import { CaseFlow, type CaseView } from './caseHarness';

/**
 * One window in, back office, one window out: each case type walked end to end on the
 * seeded matters through the gateway, checked against intake's database.
 */
let flow: CaseFlow;
const people = samplePeople({ persons: DEMO_PERSONS, seed: DEMO_SEED });
const CENTRE = '博山区城东街道便民服务中心';

beforeAll(async () => {
  flow = new CaseFlow(await startTestHub());
}, 180_000);
afterAll(() => flow?.hub.stop());

const dateOnly = (d: Date) => d.toISOString().slice(0, 10);
const actions = (view: CaseView) => view.events.map((e) => e.action);
const row = (id: string) => flow.prisma.case.findUniqueOrThrow({ where: { id }, include: { tasks: true, events: true } });

describe('即办件: done at the window', () => {
  it('is accepted, approved on the spot, handed over and rated', async () => {
    const form = await flow.openAndPrefill({ idNumber: people.elderly80Plus.idNumber }, { matterCode: M.SENIOR_CARD });
    const { body } = await flow.accept(form.caseId, { broughtMaterials: CaseFlow.toBring(form) });
    expect(body.errors).toBeUndefined();
    const accepted = body.data!.acceptCase;
    expect(accepted).toMatchObject({ status: 'APPROVED', caseType: 'IMMEDIATE', tasks: [], deadline: dateOnly(addWorkingDays(new Date(), 0)) });
    expect(accepted.number).toMatch(/^370304001-\d{8}-\d{4}$/);

    const delivered = await flow.must<{ deliverCaseResult: CaseView }>('clerk-boshan', 'mutation($c: String!) { deliverCaseResult(caseId: $c, method: "WINDOW") { status deliveryMethod } }', { c: form.caseId });
    expect(delivered.deliverCaseResult).toMatchObject({ status: 'DELIVERED', deliveryMethod: 'WINDOW' });
    await flow.must('citizen-elderly', 'mutation($c: String!) { rateCase(caseId: $c, score: 5, comment: "一次办好") { id } }', { c: form.caseId });

    const stored = await row(form.caseId);
    expect(stored).toMatchObject({ status: 'DELIVERED', caseType: 'IMMEDIATE', number: accepted.number, deliveryMethod: 'WINDOW', centre: CENTRE });
    expect(stored.events.sort((a, b) => Number(a.seq - b.seq)).map((e) => [e.action, e.actorId])).toEqual([
      ['OPEN', 'clerk-boshan'], ['ACCEPT', 'clerk-boshan'], ['DELIVER', 'clerk-boshan'], ['RATE', 'citizen-elderly'],
    ]);
  });

  it('is not accepted while a material is missing: a one-time notice lists every missing one at once', async () => {
    const form = await flow.openAndPrefill({ idNumber: people.elderly80Plus.idNumber }, { matterCode: M.SENIOR_CARD });
    const missing = CaseFlow.toBring(form);
    expect(missing.length).toBeGreaterThan(0);
    const { body } = await flow.accept(form.caseId, {});
    expect(body.errors).toBeUndefined();
    const refused = body.data!.acceptCase;
    expect(refused.status).toBe('NOT_ACCEPTED');
    expect(refused.notice!.items.map((i) => i.code).sort()).toEqual([...missing].sort());
    expect(refused.notice!.printable).toContain('一次性告知单');
    for (const item of refused.notice!.items) expect(refused.notice!.printable).toContain(item.name);
    const stored = await row(form.caseId);
    expect(stored).toMatchObject({ status: 'NOT_ACCEPTED', number: null });
    expect(stored.closingReasons).toContain('材料不全');
  });
});

describe('承诺件: the department’s back office within the time limit', () => {
  it('inspects, then reviews, then approves; the deadline counts working days', async () => {
    const form = await flow.openAndPrefill({ idNumber: people.elderly80Plus.idNumber }, { matterCode: M.RESIDENT_PENSION_CLAIM });
    const { body } = await flow.accept(form.caseId, { broughtMaterials: CaseFlow.toBring(form) });
    expect(body.errors).toBeUndefined();
    const accepted = body.data!.acceptCase;
    expect(accepted).toMatchObject({ status: 'IN_PROGRESS', caseType: 'PROMISED', deadline: dateOnly(addWorkingDays(new Date(), 10)), remainingWorkingDays: 10 });
    expect(accepted.tasks.map((t) => [t.department, t.step, t.status])).toEqual([['social-security', 'INSPECTION', 'PENDING'], ['social-security', 'REVIEW', 'WAITING']]);
    const approved = await flow.approveAll(form.caseId);
    expect(approved.status).toBe('APPROVED');
    expect((await row(form.caseId)).tasks.every((t) => t.status === 'APPROVED' && t.decidedById === 'approver-social-security')).toBe(true);
  });

  it('承诺告知制: the written commitment replaces the on-site inspection', async () => {
    const entity = { creditCode: people.restaurantOwner.creditCode };
    const withCommitment = await flow.openAndPrefill(entity, { matterCode: M.FOOD_BUSINESS_LICENCE });
    const accepted = (await flow.accept(withCommitment.caseId, { broughtMaterials: CaseFlow.toBring(withCommitment), commitment: '本人承诺经营场所符合食品安全要求，如有不实愿承担法律责任。' })).body.data!.acceptCase;
    expect(accepted.tasks.map((t) => t.step)).toEqual(['REVIEW']);
    expect(accepted.commitmentText).toContain('本人承诺');
    const without = await flow.openAndPrefill(entity, { matterCode: M.FOOD_BUSINESS_LICENCE });
    const inspected = (await flow.accept(without.caseId, { broughtMaterials: CaseFlow.toBring(without) })).body.data!.acceptCase;
    expect(inspected.tasks.map((t) => t.step)).toEqual(['INSPECTION', 'REVIEW']);
  });
});

describe('上报件: township first review, then the county', () => {
  it('goes back to the applicant for a correction, resumes, is forwarded, and can be refused with reasons', async () => {
    const form = await flow.openAndPrefill({ idNumber: people.subsistenceHousehold.headIdNumber }, { matterCode: M.SUBSISTENCE_ALLOWANCE });
    const accepted = (await flow.accept(form.caseId, { broughtMaterials: CaseFlow.toBring(form) })).body.data!.acceptCase;
    expect(accepted.caseType).toBe('REPORTED');
    expect(accepted.tasks.map((t) => [t.step, t.status])).toEqual([['TOWNSHIP_REVIEW', 'PENDING'], ['COUNTY_DECISION', 'WAITING']]);
    const township = accepted.tasks[0]!;

    const asked = (await flow.decide('approver-civil-affairs', township.id, 'REQUEST_CORRECTION', '请补充家庭成员收入证明')).body.data!.decideTask;
    expect(asked.status).toBe('CORRECTION_REQUESTED');
    const resumed = await flow.must<{ submitCorrection: CaseView }>('clerk-boshan', `mutation($c: String!) { submitCorrection(caseId: $c, note: "已补充收入证明") { status tasks { step status } } }`, { c: form.caseId });
    expect(resumed.submitCorrection.status).toBe('IN_PROGRESS');
    expect(resumed.submitCorrection.tasks[0]!.status).toBe('PENDING');

    const forwarded = (await flow.decide('approver-civil-affairs', township.id, 'APPROVE')).body.data!.decideTask;
    expect(forwarded.tasks.map((t) => [t.step, t.status])).toEqual([['TOWNSHIP_REVIEW', 'APPROVED'], ['COUNTY_DECISION', 'PENDING']]);
    const county = forwarded.tasks[1]!;
    const noReasons = await flow.decide('approver-civil-affairs', county.id, 'REFUSE');
    expect(noReasons.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasons' });
    const refused = (await flow.decide('approver-civil-affairs', county.id, 'REFUSE', '家庭人均收入高于当地低保标准')).body.data!.decideTask;
    expect(refused).toMatchObject({ status: 'REFUSED', closingReasons: '家庭人均收入高于当地低保标准' });
    expect(actions(await flow.view(form.caseId))).toEqual(['OPEN', 'ACCEPT', 'REQUEST_CORRECTION', 'SUBMIT_CORRECTION', 'APPROVE_TASK', 'REFUSE']);
  });
});

describe('联办件: a life-event bundle is one joint case', () => {
  it('gives every department its tasks in parallel, each sees only its own, and completes when all are done', async () => {
    const form = await flow.openAndPrefill({ idNumber: people.restaurantOwner.idNumber }, { bundleCode: B.OPEN_RESTAURANT });
    const accepted = (await flow.accept(form.caseId, { broughtMaterials: CaseFlow.toBring(form), commitment: '本人承诺经营场所符合食品安全要求。' })).body.data!.acceptCase;
    expect(accepted.caseType).toBe('JOINT');
    const departments = new Set(accepted.tasks.map((t) => t.department));
    expect([...departments].sort()).toEqual(['market-access', 'social-security']);
    expect(accepted.tasks.every((t) => t.status === 'PENDING')).toBe(true);

    const marketQueue = await flow.must<{ departmentTasks: Array<{ id: string; department: string; case: { id: string } }> }>('approver-market-access', '{ departmentTasks { id department case { id } } }');
    expect(marketQueue.departmentTasks.every((t) => t.department === 'market-access')).toBe(true);
    expect(marketQueue.departmentTasks.filter((t) => t.case.id === form.caseId)).toHaveLength(accepted.tasks.filter((t) => t.department === 'market-access').length);

    const marketTask = accepted.tasks.find((t) => t.department === 'market-access')!;
    const other = await flow.decide('approver-social-security', marketTask.id, 'APPROVE');
    expect(other.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
    expect((await flow.prisma.caseTask.findUniqueOrThrow({ where: { id: marketTask.id } })).status).toBe('PENDING');

    const approved = await flow.approveAll(form.caseId);
    expect(approved.status).toBe('APPROVED');
    expect((await row(form.caseId)).tasks.every((t) => t.status === 'APPROVED')).toBe(true);

    // 出件: not before the result licence is issued; then one industry comprehensive licence (一业一证).
    const early = await flow.ask('clerk-boshan', 'mutation($c: String!) { deliverCaseResult(caseId: $c, method: "ELECTRONIC") { id } }', { c: form.caseId });
    expect(early.body.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', reason: 'RESULT_NOT_ISSUED' });
    const issue = 'mutation($c: String!, $h: String!) { issueCaseResult(caseId: $c, holderCreditCode: $h) { resultLicences { id } } }';
    const wrongDepartment = await flow.ask('approver-social-security', issue, { c: form.caseId, h: people.restaurantOwner.creditCode });
    expect(wrongDepartment.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ISSUING_DEPARTMENT' });
    const issued = await flow.must<{ issueCaseResult: { resultLicences: Array<{ id: string }> } }>('approver-market-access', issue, { c: form.caseId, h: people.restaurantOwner.creditCode });
    expect(issued.issueCaseResult.resultLicences).toHaveLength(1);
    const licenceId = issued.issueCaseResult.resultLicences[0]!.id;
    const again = await flow.must<{ issueCaseResult: { resultLicences: Array<{ id: string }> } }>('approver-market-access', issue, { c: form.caseId, h: people.restaurantOwner.creditCode });
    expect(again.issueCaseResult.resultLicences.map((l) => l.id)).toEqual([licenceId]);
    const [licence] = await flow.hub.departments.get('e-license')!.db.query<{ typeCode: string; holderCode: string; surfaceData: Record<string, unknown> }>(
      'SELECT "typeCode", "holderCode", "surfaceData" FROM "Licence" WHERE "id" = $1', [licenceId]);
    expect(licence).toMatchObject({ typeCode: '11100000000000001M001', holderCode: people.restaurantOwner.creditCode });
    expect(JSON.stringify(licence!.surfaceData)).toContain('食品经营许可');
    const delivered = await flow.must<{ deliverCaseResult: CaseView }>('clerk-boshan', 'mutation($c: String!) { deliverCaseResult(caseId: $c, method: "ELECTRONIC") { status deliveryMethod } }', { c: form.caseId });
    expect(delivered.deliverCaseResult).toMatchObject({ status: 'DELIVERED', deliveryMethod: 'ELECTRONIC' });
  });
});

describe('全域通办: any centre of the district', () => {
  it('accepts a case at another centre than the applicant’s home town, numbered and held there', async () => {
    const applicant = people.elderly80Plus.idNumber;
    const form = await flow.openAndPrefill({ idNumber: applicant }, { matterCode: M.SENIOR_CARD }, { account: 'clerk-zhoucun' });
    const accepted = (await flow.accept(form.caseId, { broughtMaterials: CaseFlow.toBring(form) }, 'clerk-zhoucun')).body.data!.acceptCase;
    expect(accepted.status).toBe('APPROVED');
    expect(accepted.number).toMatch(/^370306001-/);
    expect(await row(form.caseId)).toMatchObject({ centre: '周村区丝绸路街道便民服务中心', division: '370306001', subjectCode: applicant });
    // The case is that centre's: the applicant's home centre does not act on it.
    const home = await flow.ask('clerk-boshan', 'mutation($c: String!) { deliverCaseResult(caseId: $c, method: "WINDOW") { id } }', { c: form.caseId });
    expect(home.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CASE_NOT_VISIBLE' });
  });
});

describe('退办件 and illegal transitions', () => {
  it('ends a case at the window with written reasons, cancelling its tasks', async () => {
    const form = await flow.openAndPrefill({ idNumber: people.elderly80Plus.idNumber }, { matterCode: M.RESIDENT_PENSION_CLAIM });
    await flow.accept(form.caseId, { broughtMaterials: CaseFlow.toBring(form) });
    const withdrawn = await flow.must<{ withdrawCase: CaseView }>('clerk-boshan', 'mutation($c: String!) { withdrawCase(caseId: $c, reasons: "申请人主动撤回申请") { status closingReasons tasks { status } } }', { c: form.caseId });
    expect(withdrawn.withdrawCase).toMatchObject({ status: 'WITHDRAWN', closingReasons: '申请人主动撤回申请' });
    expect(withdrawn.withdrawCase.tasks.every((t) => t.status === 'CANCELLED')).toBe(true);
  });

  it('refuses approving a refused case’s task, rating before the result, accepting twice, and changes nothing', async () => {
    const form = await flow.openAndPrefill({ idNumber: people.elderly80Plus.idNumber }, { matterCode: M.RESIDENT_PENSION_CLAIM });
    const accepted = (await flow.accept(form.caseId, { broughtMaterials: CaseFlow.toBring(form) })).body.data!.acceptCase;
    const again = await flow.accept(form.caseId, { broughtMaterials: CaseFlow.toBring(form) });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 'IN_PROGRESS' });
    const early = await flow.ask('citizen-elderly', 'mutation($c: String!) { rateCase(caseId: $c, score: 1) { id } }', { c: form.caseId });
    expect(early.body.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    const inspection = accepted.tasks[0]!;
    await flow.decide('approver-social-security', inspection.id, 'REFUSE', '现场核查不符合条件');
    const before = await row(form.caseId);
    const late = await flow.decide('approver-social-security', inspection.id, 'APPROVE');
    expect(late.body.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 'REFUSED' });
    const waiting = await flow.decide('approver-social-security', accepted.tasks[1]!.id, 'APPROVE');
    expect(waiting.body.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    const after = await row(form.caseId);
    expect(after.version).toBe(before.version);
    expect(after.events).toHaveLength(before.events.length);
    expect(after.tasks.map((t) => t.status).sort()).toEqual(before.tasks.map((t) => t.status).sort());
  });

  it('refuses a stale version with CONFLICT', async () => {
    const form = await flow.openAndPrefill({ idNumber: people.elderly80Plus.idNumber }, { matterCode: M.RESIDENT_PENSION_CLAIM });
    const { version } = await row(form.caseId);
    const stale = await flow.accept(form.caseId, { broughtMaterials: CaseFlow.toBring(form), expectedVersion: version + 1 });
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect((await row(form.caseId)).status).toBe('DRAFT');
  });
});

describe('帮办代办, 好差评 and 限时办结', () => {
  it('records the agent’s mandate through its four steps: 委托 → 受理 → 承办 → 回交', async () => {
    const mandate = { agentName: '王代办', agentPhone: '13800001234', station: '城东街道西河村便民服务站', scope: '代为申请养老保险待遇并领取结果' };
    const form = await flow.openAndPrefill({ idNumber: people.elderly80Plus.idNumber }, { matterCode: M.RESIDENT_PENSION_CLAIM }, { mandate });
    await flow.accept(form.caseId, { broughtMaterials: CaseFlow.toBring(form) });
    await flow.approveAll(form.caseId);
    await flow.must('clerk-boshan', 'mutation($c: String!) { deliverCaseResult(caseId: $c, method: "AGENT") { id } }', { c: form.caseId });
    const stored = await flow.prisma.caseMandate.findUniqueOrThrow({ where: { caseId: form.caseId } });
    expect(stored).toMatchObject({ agentName: '王代办', station: mandate.station });
    const steps = [stored.entrustedAt, stored.acceptedAt, stored.handledAt, stored.returnedAt];
    expect(steps.every((s) => s instanceof Date)).toBe(true);
    expect(steps.map((s) => s!.getTime())).toEqual([...steps.map((s) => s!.getTime())].sort((a, b) => a - b));
  });

  it('a bad rating opens a follow-up that is closed with a response', async () => {
    const form = await flow.openAndPrefill({ idNumber: people.elderly80Plus.idNumber }, { matterCode: M.SENIOR_CARD });
    await flow.accept(form.caseId, { broughtMaterials: CaseFlow.toBring(form) });
    await flow.must('clerk-boshan', 'mutation($c: String!) { deliverCaseResult(caseId: $c, method: "WINDOW") { id } }', { c: form.caseId });
    const rated = await flow.must<{ rateCase: CaseView }>('clerk-boshan', 'mutation($c: String!) { rateCase(caseId: $c, score: 2, comment: "排队时间长") { rating { score followUpOpen } } }', { c: form.caseId });
    expect(rated.rateCase.rating).toEqual({ score: 2, followUpOpen: true });
    const twice = await flow.ask('citizen-elderly', 'mutation($c: String!) { rateCase(caseId: $c, score: 5) { id } }', { c: form.caseId });
    expect(twice.body.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', reason: 'ALREADY_RATED' });
    const closed = await flow.must<{ closeRatingFollowUp: CaseView }>('clerk-boshan', 'mutation($c: String!) { closeRatingFollowUp(caseId: $c, response: "已增设取号窗口，高峰期增派人员") { rating { followUpOpen followUpResponse } } }', { c: form.caseId });
    expect(closed.closeRatingFollowUp.rating).toEqual({ followUpOpen: false, followUpResponse: '已增设取号窗口，高峰期增派人员' });
    expect(await flow.prisma.caseRating.findUniqueOrThrow({ where: { caseId: form.caseId } })).toMatchObject({ score: 2, followUpOpen: false, followUpClosedBy: 'clerk-boshan' });
  });

  it('flags overdue cases and counts them per centre and per department, as the database holds them', async () => {
    const form = await flow.openAndPrefill({ idNumber: people.elderly80Plus.idNumber }, { matterCode: M.RESIDENT_PENSION_CLAIM });
    await flow.accept(form.caseId, { broughtMaterials: CaseFlow.toBring(form) });
    // The deadline passes (time moves on): set it to a past working day.
    await flow.prisma.case.update({ where: { id: form.caseId }, data: { deadline: new Date('2026-11-02') } });
    await flow.prisma.caseTask.updateMany({ where: { caseId: form.caseId }, data: { dueDate: new Date('2026-11-02') } });
    const view = await flow.view(form.caseId);
    expect(view.overdue).toBe(true);
    expect(view.remainingWorkingDays).toBeLessThan(0);
    const queue = await flow.must<{ centreCases: Array<{ id: string; overdue: boolean }> }>('clerk-boshan', '{ centreCases(overdueOnly: true) { id overdue } }');
    expect(queue.centreCases.map((c) => c.id)).toContain(form.caseId);

    const today = new Date(new Date().toISOString().slice(0, 10));
    const open = ['ACCEPTED', 'IN_PROGRESS', 'CORRECTION_REQUESTED', 'APPROVED'] as const;
    const centreOpen = await flow.prisma.case.count({ where: { centre: CENTRE, status: { in: [...open] } } });
    const centreOverdue = await flow.prisma.case.count({ where: { centre: CENTRE, status: { in: [...open] }, deadline: { lt: today } } });
    const clerk = await flow.must<{ caseTimeLimits: { centres: Array<{ key: string; open: number; overdue: number }>; departments: unknown[] } }>('clerk-boshan', '{ caseTimeLimits { centres { key open overdue } departments { key } } }');
    expect(clerk.caseTimeLimits).toEqual({ centres: [{ key: CENTRE, open: centreOpen, overdue: centreOverdue }], departments: [] });
    expect(centreOverdue).toBeGreaterThanOrEqual(1);
    const deptOverdue = await flow.prisma.caseTask.count({ where: { department: 'social-security', status: { in: ['PENDING', 'CORRECTION_REQUESTED'] }, dueDate: { lt: today } } });
    const approver = await flow.must<{ caseTimeLimits: { centres: unknown[]; departments: Array<{ key: string; overdue: number }> } }>('approver-social-security', '{ caseTimeLimits { centres { key } departments { key overdue } } }');
    expect(approver.caseTimeLimits).toEqual({ centres: [], departments: [{ key: 'social-security', overdue: deptOverdue }] });
  });
});

describe('nothing lost, nothing doubled', () => {
  it('the same submission fired 20 times at once makes exactly one case, accepted once', async () => {
    const key = `dup-${Date.now()}`;
    const subject = { idNumber: people.registeredUnemployed.idNumber };
    const open = () => flow.ask<{ openCase: { id: string } }>('clerk-boshan',
      'mutation($s: SubjectInput!, $k: String) { openCase(subject: $s, matterCode: "RSJ-GG-005", idempotencyKey: $k) { id } }', { s: subject, k: key });
    const opened = await Promise.all(Array.from({ length: 20 }, open));
    for (const r of opened) expect(r.body.errors).toBeUndefined();
    const ids = new Set(opened.map((r) => r.body.data!.openCase.id));
    expect(ids.size).toBe(1);
    expect(await flow.prisma.caseSubmission.count({ where: { key: { endsWith: `:${key}` } } })).toBe(1);
    const [caseId] = [...ids] as [string];
    expect(await flow.prisma.case.count({ where: { id: caseId } })).toBe(1);
  });
});
