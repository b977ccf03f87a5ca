/// <reference lib="dom" />
/**
 * The console in a real browser (Debian's Chromium, headless, 1366×768): logging in, the 台账's
 * filters and counts, a unit accepting and resolving a ticket with a photo, the export, a leader's
 * 督办, the dashboard's charts, the printable 交办单, keyboard use, and no CSP violation or script
 * error on any page. The app is the one `npm start` serves (every feature wired) on a test database.
 */
// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText is the text a user sees, which is what these tests check
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { BrowserContext, Page } from 'playwright-core';
import { startTestApp, TestApp } from '../support/app';
import { png } from '../support/images';
import { wireFeatures } from '../../src/wiring';
import type { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { StaffSession } from '../../src/entities/StaffSession';
import { runEscalation } from '../../src/escalation/sweep';
import { acceptBy, file as fileAt } from '../jobs/helpers';
import { describeBrowser, launch, login, type Session, shot, SHOTS } from './browser';

jest.setTimeout(120_000);

const LIANHE = '430502202205'; // 双清区火车站乡莲荷村
const PASSWORD = 'Console-e2e-2026';
// README's screenshots are refreshed only on request (UPDATE_SCREENSHOTS=1): a run leaves the tree clean.
const README_SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? path.resolve(__dirname, '../../docs/screenshots') : null;
function toReadme(file: string, name: string) {
  if (!README_SHOTS) return;
  fs.mkdirSync(README_SHOTS, { recursive: true });
  fs.copyFileSync(file, path.join(README_SHOTS, name));
}

let app: TestApp;
let browser: Session;
const who: Record<string, Staff> = {};
const tickets: Record<string, { id: number; number: string }> = {};
const started = Date.now();

/** Staff log in by phone (names can repeat in a county). */
const loginOf = (s: Staff) => s.phone ?? s.name;

async function file(key: string, body: Record<string, unknown>, token: string) {
  const res = await app.call('POST', '/api/v1/tickets', { token, body: { villageCode: LIANHE, channel: 'hotline', externalId: `console-${key}`, ...body } });
  expect([key, res.status]).toEqual([key, 201]);
  tickets[key] = { id: res.body.id, number: res.body.number };
}

// One logged-in browser context per person, reused by the tests (each opens a page in it, on the 台账).
const contexts = new Map<number, BrowserContext>();
async function pageFor(s: Staff): Promise<Page> {
  const context = contexts.get(s.id);
  if (!context) {
    const { context: fresh, page } = await browser.context(app.url);
    await login(page, loginOf(s), PASSWORD);
    contexts.set(s.id, fresh);
    return page;
  }
  const page = await context.newPage();
  await page.goto('/console/ledger');
  await page.locator('[data-test=ledger][data-state=ready]').waitFor();
  return page;
}

beforeAll(async () => {
  wireFeatures();
  app = await startTestApp({ areas: ['430502'] });
  const [channel, sysadmin] = [await app.token('channel'), await app.token('sysadmin')];
  who.admin = await app.staffOf('双清区信访局', (s) => s.role === 'admin');
  who.waterCadre = await app.staffOf('双清区水利局', (s) => s.role === 'cadre');
  who.countyLeader = await app.staffOf('双清区人民政府', (s) => s.position === 'county_leader');
  for (const s of Object.values(who)) {
    const r = await app.call('POST', `/api/v1/admin/staff/${s.id}/password`, { token: sysadmin, body: { password: PASSWORD } });
    expect([s.name, r.status]).toEqual([s.name, 200]);
  }
  await file('water', { text: '莲荷村自来水停了三天一直没人来修，我叫谷雨电话13907317777', category: 'water' }, channel);
  await file('water2', { text: '莲荷村三组水管破裂漏水严重，路面都淹了', category: 'water', channel: 'sms' }, channel);
  await file('road', { text: '莲荷村通组公路塌方，车辆无法通行', category: 'infrastructure' }, channel);
  await file('wages', { text: '在工地干了半年，老板拖欠工资两万元不给', category: 'wages', channel: 'miniprogram' }, channel);
  await file('school', { text: '村小学教室漏雨，孩子们没法上课', category: 'education', channel: 'staff' }, channel);
  // One already overdue: its service clock ran out yesterday.
  await app.ds.manager.update(Ticket, { id: tickets.road.id }, { resolutionDueAt: new Date(Date.now() - 86400_000) });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  console.log(`console e2e: ${((Date.now() - started) / 1000).toFixed(1)} s including setup`);
});

afterEach(() => {
  // No CSP violation, no script error, on any page any test opened.
  expect(browser.problems).toEqual([]);
});

describeBrowser('console in Chromium', () => {
  test('login: the wrong password is refused with a message; the right one (Enter submits) opens the 台账; logout', async () => {
    const { page } = await browser.context(app.url);
    // A deep link without a session goes to the login page and comes back after it.
    await page.goto(`/console/tickets/${tickets.water.id}`);
    await page.waitForURL(/\/console\/login\?next=/);
    await expect(page.locator('#login')).toBeTruthy();
    await page.locator('#login').fill(loginOf(who.admin));
    // Keyboard: the field order is 用户名 → 密码 → 登录.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
    // The focused field shows it: a 2px blue ring on Element's input wrapper.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!.closest('.el-input__wrapper')!).boxShadow)).toContain('rgb(29, 95, 209)');
    await page.keyboard.type('wrong-password');
    await page.keyboard.press('Enter');
    await page.locator('[data-test=login-error]').waitFor();
    expect(await page.locator('[data-test=login-error]').innerText()).toContain('用户名或密码错误');
    await shot(page, 'login-wrong-password');

    await page.locator('#password').fill(PASSWORD);
    await page.locator('#password').press('Enter');
    await page.waitForURL(new RegExp(`/console/tickets/${tickets.water.id}$`));
    await page.locator('[data-test=ticket-number]').waitFor();
    expect(await page.locator('[data-test=who]').innerText()).toContain(who.admin.name);
    // The cookie is HttpOnly: no script on the page can read it.
    expect(await page.evaluate(() => document.cookie)).not.toContain('cs_session');

    // The policy is enforced (an injected inline script does not run, an inline <style> is refused)
    // and the harness sees the violation: the "no CSP violation" check after each test can fail.
    const before = browser.problems.length;
    const ran = await page.evaluate(async () => {
      const w = window as any;
      const el = document.createElement('script');
      el.textContent = 'window.__injected = true';
      document.body.appendChild(el);
      document.head.insertAdjacentHTML('beforeend', '<style>body { color: red }</style>');
      await new Promise((r) => setTimeout(r, 100));
      return w.__injected === true;
    });
    expect(ran).toBe(false);
    expect(browser.problems.slice(before).join('\n')).toMatch(/Content Security Policy/);
    browser.problems.splice(before);

    await page.locator('[data-test=logout]').click();
    await page.waitForURL(/\/console\/login/);
    await page.goto('/console/ledger');
    await page.waitForURL(/\/console\/login/);
    await page.context().close();
  });

  test('the 台账: filter by category and overdue with counts per value, search, sort, the address keeps the filters', async () => {
    const page = await pageFor(who.admin);
    const total = async () => Number((await page.locator('[data-test=total] b').innerText()).trim());
    const rows = () => page.locator('[data-test=ledger-table] .el-table__body tr');
    expect(await total()).toBe(5);

    // 类别: the options carry their counts; choosing 饮水安全 leaves the two water tickets.
    await page.locator('[data-test=f-category]').click();
    const waterOption = page.locator('.el-select-dropdown__item', { hasText: '饮水安全' });
    expect(await waterOption.innerText()).toMatch(/饮水安全\s*2/);
    await waterOption.click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/category=water/);
    await page.waitForFunction(() => document.querySelector('[data-test=total] b')?.textContent?.trim() === '2');
    expect(await rows().count()).toBe(2);
    expect(await page.locator('[data-test=ledger-table]').innerText()).toContain(tickets.water.number);
    expect(await page.locator('[data-test=ledger-table]').innerText()).not.toContain(tickets.road.number);

    // 超期 alone: the overdue road ticket, counted on the checkbox before it is ticked.
    await page.goto('/console/ledger');
    await page.locator('[data-test=ledger][data-state=ready]').waitFor();
    expect(await page.locator('[data-test=f-overdue]').innerText()).toMatch(/超期\s*1/);
    await page.locator('[data-test=f-overdue]').click();
    await page.waitForURL(/overdue=true/);
    await page.waitForFunction(() => document.querySelector('[data-test=total] b')?.textContent?.trim() === '1');
    expect(await page.locator('[data-test=ledger-table]').innerText()).toContain(tickets.road.number);

    // Full-text search with Enter, from a deep link that keeps the other filters.
    await page.goto('/console/ledger?channel=sms');
    await page.locator('[data-test=ledger][data-state=ready]').waitFor();
    expect(await total()).toBe(1);
    await page.goto('/console/ledger');
    await page.locator('[data-test=f-q]').fill('漏雨');
    await page.locator('[data-test=f-q]').press('Enter');
    await page.waitForURL(/q=/);
    await page.waitForFunction(() => document.querySelector('[data-test=total] b')?.textContent?.trim() === '1');
    expect(await page.locator('[data-test=ledger-table]').innerText()).toContain(tickets.school.number);

    // Sorting by number, ascending then descending, follows the server's order.
    await page.goto('/console/ledger?sort=number');
    await page.locator('[data-test=ledger][data-state=ready]').waitFor();
    const numbers = await page.locator('[data-test=ticket-link]').allInnerTexts();
    expect(numbers).toEqual([...numbers].sort());
    await page.goto('/console/ledger?sort=-number');
    await page.locator('[data-test=ledger][data-state=ready]').waitFor();
    expect(await page.locator('[data-test=ticket-link]').allInnerTexts()).toEqual([...numbers].reverse());

    await page.goto('/console/ledger');
    await page.locator('[data-test=ledger][data-state=ready]').waitFor();
    toReadme(await shot(page, 'ledger'), 'ledger.png');
    await page.close();
  });

  test('a saved view: saved with the current filters, listed, reopened', async () => {
    const page = await pageFor(who.admin);
    await page.goto('/console/ledger?category=water&sort=dueAt');
    await page.locator('[data-test=ledger][data-state=ready]').waitFor();
    await page.locator('[data-test=save-view]').click();
    await page.locator('.el-message-box input').fill('饮水台账');
    await page.locator('.el-message-box input').press('Enter');
    await page.locator('.el-message', { hasText: '已保存视图' }).waitFor();
    await page.goto('/console/ledger');
    await page.locator('[data-test=views]').click();
    await page.locator('.el-select-dropdown__item', { hasText: '饮水台账' }).click();
    await page.waitForURL(/category=water/);
    expect(page.url()).toMatch(/sort=dueAt/);
    await page.close();
  });

  test('the water bureau accepts, then resolves with a photo; the history shows both', async () => {
    const page = await pageFor(who.waterCadre);
    await page.locator('[data-test=ticket-link]', { hasText: tickets.water.number }).click();
    await page.waitForURL(new RegExp(`/console/tickets/${tickets.water.id}$`));
    expect(await page.locator('[data-test=ticket-text]').innerText()).toContain('自来水停了三天');
    // Both clocks with the time left.
    expect(await page.locator('[data-test=clocks]').innerText()).toMatch(/响应时限[\s\S]*办结时限/);

    await page.locator('[data-test=action-accept]').click();
    await page.locator('[data-test=action-submit]').click();
    await page.locator('[data-test=ticket-status]', { hasText: '办理中' }).waitFor();

    await page.locator('[data-test=action-resolve]').click();
    await page.locator('[data-test=field-text]').fill('已派人抢修，管道更换完毕，恢复供水');
    await page.locator('[data-test=field-attachmentIds]').setInputFiles({ name: '现场.png', mimeType: 'image/png', buffer: png(64, 48) });
    await page.locator('.el-dialog', { hasText: '现场.png' }).waitFor();
    await page.locator('[data-test=action-submit]').click();
    await page.locator('[data-test=ticket-status]', { hasText: '已办结' }).waitFor();
    const history = await page.locator('[data-test=history]').innerText();
    expect(history).toContain('已受理');
    expect(history).toContain('已办结');
    await page.locator('[data-test=photos] img').first().waitFor();
    await shot(page, 'ticket-resolved');

    const t = await app.ds.manager.findOneByOrFail(Ticket, { id: tickets.water.id });
    expect(t.status).toBe('resolved');
    await page.close();
  });

  test('export downloads the xlsx of the current filters, with Chinese headers', async () => {
    const page = await pageFor(who.admin);
    await page.goto('/console/ledger?category=water');
    await page.waitForFunction(() => document.querySelector('[data-test=total] b')?.textContent?.trim() === '2');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=export]').click()]);
    const file = path.join(SHOTS, '..', 'export.xlsx');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = XLSX.read(fs.readFileSync(file));
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets[wb.SheetNames[0]], { defval: '' });
    expect(rows.map((r) => r['编号']).sort()).toEqual([tickets.water.number, tickets.water2.number].sort());
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(['编号', '状态', '类别', '诉求内容', '承办单位', '登记时间']));
    expect(rows.every((r) => r['类别'] === '饮水安全')).toBe(true);
    await page.close();
  });

  test('a county leader puts a ticket under 挂牌督办 from its page', async () => {
    const page = await pageFor(who.countyLeader);
    await page.goto(`/console/tickets/${tickets.road.id}`);
    await page.locator('[data-test=action-supervise]').click();
    await page.locator('[data-test=field-days] input').fill('5');
    await page.locator('[data-test=field-reason]').fill('道路塌方影响群众出行，限5日内抢通');
    await page.locator('[data-test=action-submit]').click();
    await page.locator('[data-test=supervised]').waitFor();
    expect(await page.locator('[data-test=history]').innerText()).toContain('挂牌督办');
    const t = await app.ds.manager.findOneByOrFail(Ticket, { id: tickets.road.id });
    expect(t.supervised).toBe(true);
    await page.close();
  });

  test('the dashboard draws its charts from the data (canvases not blank)', async () => {
    // A month's worth in miniature: more villages, channels and categories, most answered and
    // some rated by the petition office's 回访 (the rates need them).
    const admin = await app.token('admin', { staffId: who.admin.id });
    const channel = await app.token('channel');
    const towns = (await app.call('GET', '/api/v1/divisions?parent=430502')).body.items.slice(0, 4);
    const villages: string[] = [];
    for (const t of towns) villages.push(...(await app.call('GET', `/api/v1/divisions?parent=${t.code}`)).body.items.slice(0, 2).map((v: any) => v.code));
    const kinds = [
      ['water', '自来水浑浊发黄，不敢喝', 'hotline'],
      ['infrastructure', '村口桥梁护栏损坏，存在安全隐患', 'wechat_group'],
      ['welfare', '家里老人符合低保条件但一直没批下来', 'miniprogram'],
      ['medical', '新农合报销比例和说的不一样', 'hotline'],
      ['dispute', '邻居在我家承包地上堆放建筑垃圾', 'wechat_group'],
      ['housing', '危房改造补助还没有到位', 'sms'],
    ] as const;
    for (let i = 0; i < 12; i++) {
      const [category, text, ch] = kinds[i % kinds.length];
      const r = await app.call('POST', '/api/v1/tickets', {
        token: channel,
        body: { text: `${text}（${i + 1}）`, category, villageCode: villages[i % villages.length], channel: ch, externalId: `console-dash-${i}` },
      });
      expect(r.status).toBe(201);
      // Filed over the past weeks (the intake charts are per day).
      await app.ds.manager.update(Ticket, { id: r.body.id }, { createdAt: new Date(Date.now() - (i * 2 + 1) * 86400_000) });
      if (i % 4 === 3) {
        // Never answered and now past its service deadline: the overdue chart has bars.
        await app.ds.manager.update(Ticket, { id: r.body.id }, { resolutionDueAt: new Date(Date.now() - 3600_000) });
        continue;
      }
      const id = r.body.id;
      expect((await app.call('POST', `/api/v1/tickets/${id}/accept`, { token: admin, body: {} })).status).toBe(200);
      if (i % 4 === 2) continue;
      expect((await app.call('POST', `/api/v1/tickets/${id}/resolve`, { token: admin, body: { text: '已办理并答复群众' } })).status).toBe(200);
      const rate = { contactedInTime: i % 5 !== 0, solved: i % 3 !== 0, satisfied: i % 3 !== 0 && i % 5 !== 1 };
      expect((await app.call('POST', `/api/v1/tickets/${id}/rate`, { token: admin, body: rate })).status).toBe(200);
    }

    const page = await pageFor(who.admin);
    await page.goto('/console/dashboard');
    await page.locator('[data-test=kpi-total]').waitFor();
    expect(Number(await page.locator('[data-test=kpi-total]').innerText())).toBe(17);
    // Painted pixels per chart: bars, axes and labels paint thousands; a blank canvas none.
    const painted = () =>
      page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('[data-test^=chart-]')].map((el) => {
            const c = el.querySelector('canvas');
            if (!c?.width) return [el.getAttribute('data-test'), 0];
            const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
            let n = 0;
            for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
            return [el.getAttribute('data-test'), n];
          }),
        ),
      );
    await page.locator('[data-test=chart-categories] canvas').waitFor();
    // ECharts draws with an entry animation: poll until every chart is painted (or 10 s).
    let counts: Record<string, number> = {};
    for (const until = Date.now() + 10_000; Date.now() < until; await page.waitForTimeout(100)) {
      counts = await painted();
      if (Object.keys(counts).length === 6 && Object.values(counts).every((n) => n > 5000)) break;
    }
    expect(Object.keys(counts).sort()).toEqual(['units', 'townships', 'overdue', 'villages', 'channels', 'categories'].map((c) => `chart-${c}`).sort());
    for (const [chart, n] of Object.entries(counts)) expect([chart, n > 5000]).toEqual([chart, true]);
    toReadme(await shot(page, 'dashboard'), 'dashboard.png');
    await page.close();
  });

  test('the petition office transfers one ticket to another unit and declines another (不予受理)', async () => {
    const page = await pageFor(who.admin);
    await page.goto(`/console/tickets/${tickets.wages.id}`);
    await page.locator('[data-test=action-transfer]').click();
    await page.locator('[data-test=field-unitId]').click();
    await page.keyboard.type('民政局');
    await page.locator('.el-select-dropdown__item:visible', { hasText: '双清区民政局' }).click();
    await page.locator('[data-test=field-reason]').fill('拖欠工资属人社局，但当事人系低保户，先由民政局核实');
    await page.locator('[data-test=action-submit]').click();
    await page.locator('.el-descriptions', { hasText: '双清区民政局' }).first().waitFor();
    expect(await page.locator('[data-test=history]').innerText()).toContain('已转办');

    await page.goto(`/console/tickets/${tickets.school.id}`);
    await page.locator('[data-test=action-decline]').click();
    // Submitting without the reason is refused on the page, naming it.
    await page.locator('[data-test=action-submit]').click();
    expect(await page.locator('[data-test=action-error]').innerText()).toContain('不予受理理由');
    await page.locator('[data-test=field-reason]').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '不属于信访事项' }).click();
    await page.locator('[data-test=action-submit]').click();
    await page.locator('[data-test=ticket-status]', { hasText: '不予受理' }).waitFor();
    const t = await app.ds.manager.findOneByOrFail(Ticket, { id: tickets.school.id });
    expect(t.status).toBe('declined');
    await page.close();
  });

  test("the petition office corrects a ticket's village (township → village, Enter submits) and sees the new unit", async () => {
    await file('lamp', { text: '莲荷村村口的路灯坏了一个月没人修', category: 'infrastructure' }, await app.token('channel'));
    const page = await pageFor(who.admin);
    await page.goto(`/console/tickets/${tickets.lamp.id}`);
    await page.locator('.el-descriptions', { hasText: '火车站乡人民政府' }).first().waitFor();
    await page.locator('[data-test=action-place]').click();
    await page.locator('[data-test=field-township]').click();
    await page.keyboard.type('渡头桥');
    await page.locator('.el-select-dropdown__item:visible', { hasText: '渡头桥镇' }).click();
    await page.locator('[data-test=field-villageCode]').click();
    await page.keyboard.type('鸡笼');
    await page.locator('.el-select-dropdown__item:visible', { hasText: '鸡笼' }).click();
    await page.locator('[data-test=field-reason]').fill('来电人核实，路灯在渡头桥镇鸡笼村');
    await page.locator('[data-test=field-place]').fill('鸡笼村村口');
    await page.locator('[data-test=field-place]').press('Enter');
    await page.locator('.el-descriptions', { hasText: '渡头桥镇人民政府' }).first().waitFor();
    expect(await page.locator('[data-test=history]').innerText()).toContain('已转办');
    const t = await app.ds.manager.findOneByOrFail(Ticket, { id: tickets.lamp.id });
    expect([t.villageCode, t.status]).toEqual(['430502101211', 'transferred']);
    await page.close();
  });

  test('every other page opens without an error: admin pages, 每日自查, the leader inbox', async () => {
    const page = await pageFor(who.admin);
    const menu = await page.locator('.cs-aside .el-menu-item').allInnerTexts();
    expect(menu).toEqual(expect.arrayContaining(['台账', '登记诉求', '仪表盘', '每日自查', '组织机构导入', '分派规则', '时限规则', '发送失败消息']));
    for (const [url, ready] of [
      ['/console/admin/org', '[data-test=org-template]'],
      ['/console/admin/staff', 'text=设置密码'],
      ['/console/admin/routing', '[data-test=admin-table] .el-table__row'],
      ['/console/admin/deadlines', '[data-test=admin-table] .el-table__row'],
      ['/console/admin/calendar', '[data-test=admin-table] .el-table__row'],
      ['/console/admin/chat', '[data-test=admin-table]'],
      ['/console/admin/outbox', '[data-test=admin-table]'],
      ['/console/admin/tokens', '[data-test=tokens-cli]'],
      ['/console/summaries', '[data-test=summaries]'],
      ['/console/no-such-page', 'text=页面不存在'],
    ]) {
      await page.goto(url);
      await page.locator(ready).first().waitFor();
      await page.locator('.el-loading-mask').first().waitFor({ state: 'hidden' });
      expect([url, await page.locator('.el-alert--error').count()]).toEqual([url, 0]);
    }
    await page.goto('/console/admin/routing');
    await page.locator('[data-test=admin-table] .el-table__row').first().waitFor();
    await shot(page, 'admin-routing');
    await page.close();

    // The leader's inbox: a water ticket filed 20 days ago, accepted the next day, never resolved,
    // climbs the ladder to the county leader in charge of water. No admin menu for a leader.
    const late = await fileAt(app.ds, new Date(Date.now() - 20 * 86400_000));
    await acceptBy(app.ds, late, '双清区水利局', new Date(Date.now() - 19 * 86400_000));
    await runEscalation(app.ds, new Date());
    const leader = await pageFor(who.countyLeader);
    await leader.goto('/console/inbox');
    await leader.locator('[data-test=inbox-link]', { hasText: late.number }).waitFor();
    expect(await leader.locator('.el-alert--error').count()).toBe(0);
    await leader.locator('[data-test=inbox-link]', { hasText: late.number }).click();
    await leader.waitForURL(new RegExp(`/console/tickets/${late.id}$`));
    // What a leader may do with it: 包案 and 督办.
    await leader.locator('[data-test=action-take-charge]').waitFor();
    await leader.locator('[data-test=action-supervise]').waitFor();
    expect(await leader.locator('.cs-aside').innerText()).not.toContain('系统管理');
    await leader.close();
  });

  test('the printable 交办单 and the window registration (Enter submits)', async () => {
    const page = await pageFor(who.admin);
    await page.goto(`/console/tickets/${tickets.school.id}/print`);
    await page.locator('[data-test=print-sheet]').waitFor();
    expect(await page.locator('[data-test=print-sheet]').innerText()).toContain('信访事项交办单');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.no-print').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await shot(page, 'print');

    await page.goto('/console/register');
    await page.locator('[data-test=reg-text]').fill('来电反映：莲荷村路灯坏了一个月没人修');
    await page.locator('[data-test=reg-name]').fill('张来电');
    await page.locator('[data-test=reg-phone]').fill('13907319999');
    await page.locator('[data-test=reg-phone]').press('Enter');
    await page.waitForURL(/\/console\/tickets\/\d+$/);
    await page.locator('[data-test=ticket-text]').waitFor();
    expect(await page.locator('[data-test=ticket-text]').innerText()).toContain('路灯坏了');
    await page.close();
  });

  test('a session that ended (idle, logout elsewhere, password reset) sends the page to the login and back', async () => {
    const page = await pageFor(who.countyLeader);
    await app.ds.manager.delete(StaffSession, { staffId: who.countyLeader.id });
    // The next call answers 401: the page goes to the login with the way back.
    await page.locator('.cs-aside .el-menu-item', { hasText: '仪表盘' }).click();
    await page.waitForURL(/\/console\/login\?next=/);
    await page.locator('#login').fill(loginOf(who.countyLeader));
    await page.locator('#password').fill(PASSWORD);
    await page.locator('[data-test=login-submit]').click();
    await page.waitForURL(/\/console\/dashboard$/);
    await page.locator('[data-test=kpi-total]').waitFor();
    await page.close();
  });
});
