import { join } from 'node:path';
import { postGraphQL } from '@hub/kit';
import type { Browser, Page } from 'playwright-core';
import { findDemoAccount } from '../../../gateway/src/auth/demoAccounts';
import type { RunningGateway } from '../../../gateway/src/server';
import { department, startTestHub, type TestHub } from '../../../gateway/test/testHub';
import { SCREENSHOTS, WEB_DIST, ensureChineseFont, ensureChromium, ensureWebBuilt, launchChromium } from './browser';

/**
 * The clerk's journey in a real browser, against the whole hub on fresh databases, with the
 * workstation served by the gateway itself: sign in as the clerk of 博山区城东街道便民服务中心,
 * check the restaurant owner's ID number as it is typed, find 开办餐馆 in the catalogue,
 * prefill it, correct a field with a reason, look at the materials — then the owner, signed
 * in as herself, sees who read her data and her own licence; last, with social security
 * stopped, the form names it as unavailable. Each screen is saved to docs/screenshots.
 */
let hub: TestHub;
let web: RunningGateway;
let browser: Browser;
let page: Page;
let origin: string;
const owner = findDemoAccount('citizen-restaurant-owner')!.claims;

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

  it('checks the ID number as it is typed and looks the applicant up on Enter', async () => {
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
    await page.getByTestId('applicant-result').waitFor();
    await shot('02-applicant');
  });

  it('finds 开办餐馆 in the searchable catalogue and prefills it', async () => {
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

  it('lists the materials: e-licences read, what the bundle produces, what to bring and what may follow (容缺)', async () => {
    await page.getByRole('button', { name: /下一步：材料清单/ }).click();
    const idCard = page.locator('[data-testid="material"][data-code="id-card"]');
    await expect(idCard.getAttribute('class')).resolves.toContain('material--SATISFIED_BY_LICENCE');
    await expect(page.locator('[data-code="business-licence"]').textContent()).resolves.toContain('个体工商户设立登记');
    const layout = page.locator('[data-testid="material"][data-code="food-layout"]');
    await expect(layout.textContent()).resolves.toContain('可容缺');
    await layout.getByLabel('容缺受理（书面承诺后补）').check();
    await expect(page.getByTestId('materials-summary').textContent()).resolves.toMatch(/容缺 1 项/);
    await shot('06-materials');
  });

  it('keeps the case-flow screens as placeholders, and has a large-font mode', async () => {
    await page.getByRole('link', { name: /受理办件/ }).click();
    await expect(page.getByTestId('placeholder').textContent()).resolves.toContain('建设中');
    await page.getByRole('link', { name: /表单预填/ }).click();
    await page.getByTestId('large-font').click();
    await expect(page.locator('html').getAttribute('class')).resolves.toContain('large-font');
    await shot('07-large-font');
    await page.getByTestId('large-font').click();
  });

  it('shows the restaurant owner, signed in as herself, that the clerk read her data for 开办餐馆', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.locator('[data-account="citizen-restaurant-owner"]').click();
    const reads = page.getByTestId('reads');
    await reads.waitFor();
    const byClerk = reads.locator('tr', { hasText: '博山区城东街道便民服务中心' }).filter({ hasText: 'YJS-001' });
    await expect(byClerk.count()).resolves.toBeGreaterThan(0);
    await expect(page.getByTestId('my-licences').textContent()).resolves.toContain('居民身份证');
    await shot('08-citizen');
  });

  it('shows her own e-licence with its surface data (照面信息)', async () => {
    await page.getByRole('button', { name: '查看证照 居民身份证' }).click();
    const dialog = page.getByTestId('licence-dialog');
    try {
      await dialog.locator('[data-testid="licence-card"], [data-testid="problem"], [data-testid="licence-missing"]').first().waitFor();
      const card = await dialog.textContent(); // the whole dialog, so a refusal shows in the failure
      expect(card).toContain(`公民身份号码${owner.idNumber}`);
      expect(card).toContain('淄博市公安局博山分局');
      await shot('09-licence', false);
    } finally {
      await page.keyboard.press('Escape');
    }
    await expect(dialog.count()).resolves.toBe(0);
  });

  it('names a department that does not answer, and leaves its fields to the clerk', async () => {
    await department(hub, 'social-security').stop();
    hub.departments.delete('social-security'); // stopped here, not again by the hub
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.locator('[data-account="clerk-boshan"]').click();
    await page.getByLabel('公民身份号码', { exact: true }).fill(owner.idNumber!);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /下一步：选择事项/ }).click();
    await page.locator('.bundle[data-code="YJS-001"] button').click();
    await expect(page.getByTestId('unavailable').textContent()).resolves.toContain('人社');
    await expect(row('applicant.ssCardNumber').getAttribute('data-status')).resolves.toBe('PROVIDER_UNAVAILABLE');
    await expect(row('applicant.ssCardNumber').locator('input').getAttribute('placeholder')).resolves.toBe('部门暂不可用，请核验证件后录入');
    await expect(row('applicant.name').getAttribute('data-status')).resolves.toBe('FILLED');
    await shot('10-department-down');
  });
});
