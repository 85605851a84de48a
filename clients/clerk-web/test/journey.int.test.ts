import { join } from 'node:path';
import { postGraphQL } from '@hub/kit';
import type { Browser, Page } from 'playwright-core';
import { findDemoAccount } from '../../../gateway/src/auth/demoAccounts';
import type { RunningGateway } from '../../../gateway/src/server';
import { department, startTestHub, type TestHub } from '../../../gateway/test/testHub';
import { CaseFlow } from '../../../subgraphs/intake/test/caseHarness';
import { SCREENSHOTS, WEB_DIST, ensureChineseFont, ensureChromium, ensureWebBuilt, launchChromium } from './browser';

/**
 * The clerk's journey in a real browser, against the whole hub on fresh databases, with the
 * workstation served by the gateway itself: sign in as the clerk of 博山区城东街道便民服务中心,
 * check the restaurant owner's ID number as it is typed (nothing is read yet), choose 开办餐馆
 * — which opens the case —, see the form prefilled and her card read under the case's
 * purpose grant, correct a field with a reason, mark the materials (one 容缺 with its day),
 * accept with the written commitment, print the receipt, find the case on the centre's queue
 * with its tasks and log; then an elderly applicant missing a photo gets a one-time notice.
 * The owner, signed in as herself, sees who read her data; the market regulator's approver
 * finds the case's tasks in the back office and approves one; last, with social security
 * stopped, the form names it as unavailable. Each screen is saved to docs/screenshots.
 */
let hub: TestHub;
let web: RunningGateway;
let browser: Browser;
let page: Page;
let origin: string;
const owner = findDemoAccount('citizen-restaurant-owner')!.claims;
const elderly = findDemoAccount('citizen-elderly')!.claims;
const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`;
/** The case number the receipt gave, followed to the queue and the back office. */
let caseNumber = '';
/** Cases of the centre made through the API, then aged: one past its deadline, one with a 容缺 material late. */
let pastDeadline = '';
let toleranceLate = '';

beforeAll(async () => {
  ensureWebBuilt();
  ensureChromium();
  ensureChineseFont();
  hub = await startTestHub();
  web = await hub.startGateway({ webRoot: WEB_DIST });
  // Intake reads departments as the caller: through the gateway whose issuer signed the browser's token.
  hub.intakeGateway.url = web.url;
  origin = web.url.replace(/\/graphql$/, '');
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  page = await context.newPage();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

const shot = (name: string, fullPage = true) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
const row = (key: string) => page.locator(`tr[data-key="${key}"]`);
const material = (code: string) => page.locator(`[data-testid="material"][data-code="${code}"]`);
/** A day in China Standard Time, some days from today (the 容缺 due dates are calendar days there). */
const chinaDay = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** window.print opens the browser's dialog: counted instead, so the test sees the button print. */
type Printing = { printed: number; print(): void };
async function stubPrint(): Promise<void> {
  await page.evaluate(() => {
    const w = globalThis as unknown as Printing; // the page's window
    w.printed = 0;
    w.print = () => {
      w.printed += 1;
    };
  });
}
const printed = () => page.evaluate(() => (globalThis as unknown as Printing).printed);

async function signInAs(account: string): Promise<void> {
  const signOut = page.getByRole('button', { name: '退出登录' });
  if (await signOut.count()) await signOut.click();
  await page.locator(`[data-account="${account}"]`).click();
  await page.getByTestId('signed-in-as').waitFor();
}

describe('the clerk workstation, served by the gateway', () => {
  it('serves the page, its assets and deep links, and nothing outside its folder', async () => {
    const home = await fetch(`${origin}/`);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await home.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    expect((await fetch(origin + script)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await (await fetch(`${origin}/case/accept`)).text()).toBe(html);
    expect((await fetch(`${origin}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${origin}/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
    expect((await fetch(`${origin}/health`)).status).toBe(200);
  });

  it('signs the clerk in from the keyboard, the demo accounts named by their centres', async () => {
    await page.goto(`${origin}/`);
    const clerk = page.locator('[data-account="clerk-boshan"]');
    await expect(clerk.textContent()).resolves.toContain('博山区城东街道便民服务中心');
    await expect(page.locator('[data-account="citizen-restaurant-owner"]').textContent()).resolves.toContain(owner.name);
    await shot('01-sign-in');
    await expect(page.locator(':focus').getAttribute('data-account')).resolves.toBe('clerk-boshan');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toContain('博山区城东街道便民服务中心');
  });

  it('checks the ID number as it is typed and confirms it on Enter, reading nothing of the applicant yet', async () => {
    const input = page.getByLabel('公民身份号码', { exact: true });
    const check = page.getByTestId('subject-check');
    await input.fill(owner.idNumber!.slice(0, 10));
    await expect(check.textContent()).resolves.toContain('已输入 10/18 位');
    const wrongCheckDigit = owner.idNumber!.slice(0, 17) + (owner.idNumber!.endsWith('1') ? '2' : '1');
    await input.fill(wrongCheckDigit);
    await expect(check.textContent()).resolves.toContain('校验码不符');
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    await input.fill(owner.idNumber!.toLowerCase());
    await expect(check.textContent()).resolves.toMatch(/校验通过：博山区（370304）/);
    await input.press('Enter');
    const result = page.getByTestId('applicant-result');
    await expect(result.textContent()).resolves.toContain('登记办件前不读取申请人的个人数据');
    await expect(result.textContent()).resolves.not.toContain(owner.name);
    await expect(page.getByTestId('case-strip').textContent()).resolves.toContain('未登记');
    await shot('02-applicant');
  });

  it('finds 开办餐馆 in the catalogue; choosing it opens the case and prefills it under the case’s grant', async () => {
    await page.getByRole('button', { name: /下一步：选择事项/ }).press('Enter');
    const search = page.getByTestId('catalogue-search');
    await search.fill('餐馆');
    const bundle = page.locator('.bundle[data-code="YJS-001"]');
    await expect(bundle.textContent()).resolves.toContain('开办餐馆');
    await expect(page.locator('.bundle').count()).resolves.toBe(1);
    await shot('03-catalogue');
    await search.press('Enter'); // to the first result
    await page.keyboard.press('Enter');
    await page.getByTestId('field-row').first().waitFor();
    // Her card, read from civil affairs under the grant of the case just opened.
    await expect(page.getByTestId('applicant-name').textContent()).resolves.toBe(owner.name);
    await expect(page.getByTestId('case-status').textContent()).resolves.toBe('登记中');
  });

  it('shows each prefilled value with its department and as-of date, and highlights what to type', async () => {
    const name = row('applicant.name');
    await expect(name.getAttribute('data-status')).resolves.toBe('FILLED');
    await expect(name.getByTestId('field-value').textContent()).resolves.toBe(owner.name);
    await expect(name.getByTestId('source').textContent()).resolves.toMatch(/民政户籍人口基本信息数据时点 \d{4}-\d{2}-\d{2}/);
    const businessName = row('business.name');
    await expect(businessName.getAttribute('data-status')).resolves.toBe('ASKED');
    await expect(businessName.locator('input').getAttribute('class')).resolves.toContain('input--todo');
    await businessName.getByLabel('市场主体名称（字号）').fill('淄博市博山区高记家常菜馆二店');
    await expect(page.getByTestId('figures').textContent()).resolves.toMatch(/表单字段19分别办理需 28/);
    await shot('04-prefill');
  });

  it('corrects a prefilled field, asking why, and the hub keeps the original', async () => {
    const phone = row('applicant.phone');
    const prefilled = await phone.getByTestId('field-value').textContent();
    await phone.getByRole('button', { name: '更正“联系电话”' }).click();
    const dialog = page.getByTestId('correction-dialog');
    await dialog.getByLabel('更正后的值', { exact: true }).fill('13905330123');
    await dialog.getByRole('button', { name: '申请人现场说明并签字确认' }).click();
    await shot('05-correction', false); // the modal's backdrop covers the viewport only
    await dialog.getByLabel(/更正理由/).press('Enter');
    await phone.getByTestId('corrected').waitFor();
    await expect(phone.textContent()).resolves.toContain('更正理由：申请人现场说明并签字确认');

    const prefillId = await page.locator('form[data-prefill-id]').getAttribute('data-prefill-id');
    const { body } = await postGraphQL<{ prefillCorrections: Array<{ value: string; reason: string; original: { value: string; source: { department: string } } }> }>(
      web.url,
      'query($id: String!) { prefillCorrections(prefillId: $id) { value reason original { value source { department } } } }',
      { id: prefillId },
      await hub.authHeaders('clerk-boshan', web),
    );
    expect(body.data?.prefillCorrections).toEqual([{ value: '13905330123', reason: '申请人现场说明并签字确认', original: { value: prefilled, source: { department: 'civil-affairs' } } }]);
  });

  it('lists the materials, shows a licence used instead of paper under the grant, and marks papers received or 容缺 with a day', async () => {
    await page.getByRole('button', { name: /下一步：材料清单/ }).click();
    const idCard = material('id-card');
    await expect(idCard.getAttribute('class')).resolves.toContain('material--SATISFIED_BY_LICENCE');
    await expect(material('business-licence').textContent()).resolves.toContain('个体工商户设立登记');
    await idCard.getByTestId('show-licence').click();
    const licence = page.getByTestId('licence-dialog');
    try {
      await licence.locator('[data-testid="licence-card"], [data-testid="problem"]').first().waitFor();
      await expect(licence.textContent()).resolves.toContain(`公民身份号码${owner.idNumber}`);
    } finally {
      await page.keyboard.press('Escape');
    }
    await expect(licence.count()).resolves.toBe(0);

    for (const code of ['premises-proof', 'food-safety-rules', 'health-certificates', 'employee-roster', 'labour-contracts']) {
      await material(code).getByLabel('已收取（原件已核验）').check();
    }
    const layout = material('food-layout');
    await expect(layout.textContent()).resolves.toContain('可容缺');
    await layout.getByLabel('容缺受理（书面承诺后补）').check();
    await layout.getByLabel('“食品经营设备设施布局图及操作流程”承诺补交日期').fill(chinaDay(10));
    await page.getByTestId('materials-summary').click(); // out of the date field, for the screenshot
    await expect(page.getByTestId('materials-summary').textContent()).resolves.toContain('已收取 5 项，容缺 1 项，尚缺 0 项');
    await shot('06-materials');
  });

  it('accepts the case with the written commitment that replaces the inspection (承诺告知制)', async () => {
    await page.getByRole('button', { name: /下一步：受理/ }).click();
    await expect(page.getByTestId('accept-tolerated').textContent()).resolves.toContain(`食品经营设备设施布局图及操作流程 — 承诺于 ${chinaDay(10)} 前补交`);
    await expect(page.getByTestId('accept-outstanding').textContent()).resolves.toContain('无');
    await page.getByRole('button', { name: '填入标准承诺书文本' }).click();
    await expect(page.getByLabel('承诺内容').inputValue()).resolves.toContain('本人承诺');
    await shot('07-accept');
    await page.getByRole('button', { name: '确认受理' }).click();
    await page.getByTestId('receipt').waitFor();
  });

  it('shows and prints the receipt: number, matter, masked ID, centre, deadline, what is 容缺 and by when', async () => {
    const receipt = page.getByTestId('receipt');
    caseNumber = (await receipt.getByTestId('case-number').textContent()) ?? '';
    expect(caseNumber).toMatch(/^370304001-\d{8}-\d{4}$/);
    const text = (await receipt.textContent()) ?? '';
    expect(text).toContain('开办餐馆');
    expect(text).toContain('联办件');
    expect(text).toContain('博山区城东街道便民服务中心');
    await expect(receipt.getByTestId('receipt-applicant').textContent()).resolves.toBe(`${owner.name} ${masked(owner.idNumber!)}`);
    expect(text).not.toContain(owner.idNumber);
    await expect(receipt.getByTestId('receipt-deadline').textContent()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}（\d+ 个工作日内）$/);
    await expect(receipt.getByTestId('receipt-tolerated').textContent()).resolves.toContain(`食品经营设备设施布局图及操作流程：${chinaDay(10)} 前补交`);
    expect(text).toContain('本人承诺');
    await expect(page.getByTestId('case-status').textContent()).resolves.toBe('办理中');
    await shot('08-receipt');

    await stubPrint();
    await page.getByRole('button', { name: '打印受理回执' }).click();
    await expect(printed()).resolves.toBe(1);
    await page.emulateMedia({ media: 'print' });
    try {
      await expect(page.locator('.topbar').isVisible()).resolves.toBe(false);
      await expect(page.getByRole('button', { name: '打印受理回执' }).isVisible()).resolves.toBe(false);
      await shot('09-receipt-print');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('has other cases at the centre, as time went by: one past its deadline, one with a 容缺 material not brought in time', async () => {
    const flow = new CaseFlow(hub);
    const applicant = { idNumber: elderly.idNumber! };
    const must = async (answer: ReturnType<CaseFlow['accept']>) => {
      const { body } = await answer;
      expect(body.errors).toBeUndefined();
    };
    const pension = await flow.openAndPrefill(applicant, { matterCode: 'RSJ-JF-004' });
    await must(flow.accept(pension.caseId, { broughtMaterials: CaseFlow.toBring(pension) }));
    const week = new Date(`${chinaDay(-7)}T00:00:00Z`);
    await flow.prisma.case.update({ where: { id: pension.caseId }, data: { deadline: week } });
    await flow.prisma.caseTask.updateMany({ where: { caseId: pension.caseId }, data: { dueDate: week } });
    pastDeadline = pension.caseId;

    const card = await flow.openAndPrefill(applicant, { matterCode: 'MZ-GG-005' });
    const photo = 'photo';
    await must(flow.accept(card.caseId, { broughtMaterials: CaseFlow.toBring(card).filter((code) => code !== photo), tolerated: [{ materialCode: photo, dueDate: chinaDay(5) }] }));
    await flow.prisma.materialCommitment.updateMany({ where: { caseId: card.caseId }, data: { dueDate: new Date(`${chinaDay(-2)}T00:00:00Z`) } });
    toleranceLate = card.caseId;
  });

  it('puts the case on the centre’s queue against its deadline, overdue ones in red, and opens it with its tasks and log', async () => {
    await page.getByRole('link', { name: '本中心办件（限时办结）' }).click();
    const queued = page.locator(`[data-testid="queue-row"][data-number="${caseNumber}"]`);
    const text = (await queued.textContent()) ?? '';
    expect(text).toContain('开办餐馆');
    expect(text).toContain('办理中');
    expect(text).toMatch(/还剩 \d+ 个工作日/);
    expect(text).toContain('待补交 1 项');
    expect(text).toContain(masked(owner.idNumber!));
    const late = page.locator(`[data-testid="queue-row"][data-case-id="${pastDeadline}"]`);
    await expect(late.getAttribute('class')).resolves.toBe('row--overdue');
    await expect(late.getByTestId('overdue').textContent()).resolves.toMatch(/超期 \d+ 个工作日/);
    const card = page.locator(`[data-testid="queue-row"][data-case-id="${toleranceLate}"]`);
    await expect(card.getByTestId('tolerance-overdue').textContent()).resolves.toBe('逾期未补交 1 项');
    await expect(card.textContent()).resolves.toContain('准予许可 · 待出件');
    // The 即办件's deadline is its day of acceptance: due today on a working day.
    await expect(page.getByTestId('time-limits').textContent()).resolves.toMatch(/^在办3超期1今日到期[01]$/);
    await shot('10-queue');

    await page.locator('[data-filter="overdue"]').click();
    await page.locator('[data-testid="queue-row"]').first().waitFor();
    await expect(page.locator('[data-testid="queue-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-case-id')))).resolves.toEqual([pastDeadline]);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Centre cases · time limits');
    await expect(late.getByTestId('overdue').textContent()).resolves.toMatch(/overdue by \d+ working days/);
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await page.locator('[data-filter="open"]').click();

    await queued.getByRole('button', { name: `查看 ${caseNumber}` }).click();
    const tasks = page.getByTestId('task');
    await tasks.first().waitFor();
    await expect(tasks.count()).resolves.toBe(3);
    await expect(page.getByTestId('tasks').textContent()).resolves.toMatch(/市场监管.*待审批/);
    await expect(page.getByTestId('events').textContent()).resolves.toMatch(/登记.*受理/);
    await expect(page.getByTestId('commitments').textContent()).resolves.toContain('食品经营设备设施布局图及操作流程');
    await expect(page.getByTestId('applicant-name').textContent()).resolves.toBe(owner.name);
    await expect(page.getByTestId('window-state').textContent()).resolves.toContain('后台部门办理');
    await expect(page.locator('[data-action="withdraw"]').count()).resolves.toBe(1);
    await shot('11-case');
  });

  it('hands over an approved case’s result at the window and records the applicant’s rating', async () => {
    await page.getByRole('button', { name: /返回本中心办件/ }).click();
    await page.locator(`[data-testid="queue-row"][data-case-id="${toleranceLate}"] button`).click();
    await page.locator('[data-action="deliver"]').click();
    const deliver = page.getByTestId('deliver-dialog');
    await deliver.getByLabel('窗口领取').check();
    await deliver.getByLabel('窗口领取').press('Enter');
    await deliver.waitFor({ state: 'detached' });
    await expect(page.getByTestId('window-state').textContent()).resolves.toBe('办件已出件办结');
    await expect(page.getByTestId('events').textContent()).resolves.toContain('出件方式：窗口领取');

    await page.locator('[data-action="rate"]').click();
    const rate = page.getByTestId('rate-dialog');
    await rate.getByLabel('5 · 非常满意').check();
    await rate.getByLabel(/评价内容/).fill('一次办好，不用跑腿');
    await rate.getByLabel(/评价内容/).press('Enter');
    await rate.waitFor({ state: 'detached' });
    await expect(page.getByTestId('rating').textContent()).resolves.toContain('5 分 一次办好，不用跑腿');
    await expect(page.locator('button[data-action]').count()).resolves.toBe(0);
  });

  it('gives an elderly applicant missing a photo a one-time notice listing it, and prints it; large font for her to read', async () => {
    await page.getByRole('link', { name: /申请人核验/ }).click();
    await page.getByLabel('公民身份号码', { exact: true }).fill(elderly.idNumber!);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /下一步：选择事项/ }).click();
    await page.getByTestId('catalogue-search').fill('优待证');
    await page.locator('tr[data-code="MZ-GG-005"] button').click();
    await page.getByTestId('field-row').first().waitFor();
    await page.getByRole('button', { name: /下一步：材料清单/ }).click();
    await material('photo').waitFor();
    await page.getByRole('button', { name: /下一步：受理/ }).click();
    await expect(page.getByTestId('accept-outstanding').textContent()).resolves.toContain('近期免冠照片');
    await page.getByRole('button', { name: '不予受理：出具一次性告知单' }).click();
    const items = page.getByTestId('notice-items');
    await expect(items.textContent()).resolves.toContain('近期免冠照片 可容缺受理');
    await expect(page.getByTestId('notice').textContent()).resolves.toContain(masked(elderly.idNumber!));
    await expect(page.getByTestId('case-status').textContent()).resolves.toBe('不予受理');
    await shot('12-notice');
    await stubPrint();
    await page.getByRole('button', { name: '打印一次性告知单' }).click();
    await expect(printed()).resolves.toBe(1);

    await page.getByTestId('large-font').click();
    await expect(page.locator('html').getAttribute('class')).resolves.toContain('large-font');
    await shot('13-large-font');
    await page.getByTestId('large-font').click();
  });

  it('shows the restaurant owner, signed in as herself, that the clerk read her data for 开办餐馆', async () => {
    await signInAs('citizen-restaurant-owner');
    const reads = page.getByTestId('reads');
    await reads.waitFor();
    const byClerk = reads.locator('tr', { hasText: '博山区城东街道便民服务中心' }).filter({ hasText: 'YJS-001' });
    await expect(byClerk.count()).resolves.toBeGreaterThan(0);
    await expect(page.getByTestId('my-licences').textContent()).resolves.toContain('居民身份证');
    await shot('14-citizen');
  });

  it('shows her own e-licence with its surface data (照面信息)', async () => {
    await page.getByRole('button', { name: '查看证照 居民身份证' }).click();
    const dialog = page.getByTestId('licence-dialog');
    try {
      await dialog.locator('[data-testid="licence-card"], [data-testid="problem"], [data-testid="licence-missing"]').first().waitFor();
      const card = await dialog.textContent(); // the whole dialog, so a refusal shows in the failure
      expect(card).toContain(`公民身份号码${owner.idNumber}`);
      expect(card).toContain('淄博市公安局博山分局');
      await shot('15-licence', false);
    } finally {
      await page.keyboard.press('Escape');
    }
    await expect(dialog.count()).resolves.toBe(0);
  });

  it('gives the market regulator’s approver the case’s tasks, due first, and takes a decision', async () => {
    await signInAs('approver-market-access');
    const tasks = page.locator(`[data-testid="task-row"][data-number="${caseNumber}"]`);
    await tasks.first().waitFor();
    await expect(tasks.count()).resolves.toBe(2);
    await expect(tasks.first().textContent()).resolves.toMatch(/开办餐馆.*审批.*待审批/);
    await expect(page.getByTestId('time-limits').textContent()).resolves.toMatch(/待办2/);
    await shot('16-back-office');

    await tasks.first().getByRole('button', { name: `办理 ${caseNumber}` }).click();
    const decisions = page.getByTestId('decision');
    await decisions.first().waitFor();
    await expect(decisions.count()).resolves.toBe(2);
    await expect(page.getByTestId('applicant-name').textContent()).resolves.toBe(owner.name); // under the approver's own grant
    await shot('17-back-office-case');

    await decisions.first().getByRole('button', { name: '准予通过' }).click();
    const dialog = page.getByTestId('decision-dialog');
    await dialog.getByRole('button', { name: '材料齐全，符合法定条件' }).click();
    await dialog.getByLabel(/审批意见/).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect(decisions.count()).resolves.toBe(1);
    await page.getByTestId('events').locator('[data-action="APPROVE_TASK"]').waitFor();
    await expect(page.getByTestId('tasks').textContent()).resolves.toContain('已通过');
  });

  it('names a department that does not answer, and leaves its fields to the clerk', async () => {
    await department(hub, 'social-security').stop();
    hub.departments.delete('social-security'); // stopped here, not again by the hub
    await signInAs('clerk-boshan');
    await page.getByLabel('公民身份号码', { exact: true }).fill(owner.idNumber!);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /下一步：选择事项/ }).click();
    await page.locator('.bundle[data-code="YJS-001"] button').click();
    await expect(page.getByTestId('unavailable').textContent()).resolves.toContain('人社');
    await expect(row('applicant.ssCardNumber').getAttribute('data-status')).resolves.toBe('PROVIDER_UNAVAILABLE');
    await expect(row('applicant.ssCardNumber').locator('input').getAttribute('placeholder')).resolves.toBe('部门暂不可用，请核验证件后录入');
    await expect(row('applicant.name').getAttribute('data-status')).resolves.toBe('FILLED');
    await shot('18-department-down');
  });
});
