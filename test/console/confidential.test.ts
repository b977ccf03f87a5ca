/// <reference lib="dom" />
/**
 * Confidentiality in the console, as an attacker on the accused side would try it: a cadre of the
 * township a misconduct report accuses logs in and walks every page — the 台账 (rows, counts per
 * filter, search by text and by number), the dashboard, the ticket and its 交办单 by URL, the
 * export. Every answer the browser got from the API is scanned too, not only what is drawn. The
 * discipline commission's cadre, who handles the report, sees it (so the checks can fail).
 */
// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText is the text a user sees
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { startTestApp, TestApp } from '../support/app';
import { wireFeatures } from '../../src/wiring';
import type { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { describeBrowser, launch, login, type Session, shot, SHOTS } from './browser';

jest.setTimeout(120_000);

const LIANHE = '430502202205'; // 双清区火车站乡莲荷村
const PASSWORD = 'Console-e2e-2026';
const REPORT = '火车站乡党委书记克扣我家低保金三个月了，我叫祝英台电话13907314444';
// What must not reach the accused: the report's words, its petitioner, its number and id.
const SECRETS = ['克扣', '低保金', '祝英台', '13907314444'];

let app: TestApp;
let browser: Session;
let report: Ticket;
const who: Record<string, Staff> = {};

beforeAll(async () => {
  wireFeatures();
  app = await startTestApp({ areas: ['430502'] });
  const [channel, sysadmin] = [await app.token('channel'), await app.token('sysadmin')];
  const file = async (key: string, text: string, category: string) => {
    const r = await app.call('POST', '/api/v1/tickets', {
      token: channel,
      body: { text, category, villageCode: LIANHE, channel: 'hotline', externalId: `confidential-${key}` },
    });
    expect([key, r.status]).toEqual([key, 201]);
    return app.ds.manager.findOneByOrFail(Ticket, { id: r.body.id });
  };
  report = await file('report', REPORT, 'misconduct');
  await file('dispute', '莲荷村两户人家因宅基地边界吵了起来，请乡里调解', 'dispute');
  await file('road', '莲荷村通组公路塌方，车辆无法通行', 'infrastructure');
  who.accused = await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre');
  who.accusedHead = await app.staffOf('火车站乡人民政府', (s) => s.position === 'unit_head');
  who.discipline = await app.staffOf('双清区纪委监委', (s) => s.role === 'cadre');
  expect((await app.unit('火车站乡人民政府')).id).toBe(report.accusedUnitId);
  for (const s of Object.values(who)) {
    const r = await app.call('POST', `/api/v1/admin/staff/${s.id}/password`, { token: sysadmin, body: { password: PASSWORD } });
    expect([s.name, r.status]).toEqual([s.name, 200]);
  }
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});
afterEach(() => expect(browser.problems).toEqual([]));

/** A logged-in page that records the body of every API answer it gets. */
async function walker(s: Staff): Promise<{ page: Page; answers: string[] }> {
  const { page } = await browser.context(app.url);
  const answers: string[] = [];
  page.on('response', async (r) => {
    if (!r.url().includes('/api/v1/')) return;
    const body = await r.body().catch(() => null);
    // The body only: the address holds what the test itself typed into the search.
    if (body) answers.push(body.toString('utf8'));
  });
  await login(page, s.phone ?? s.name, PASSWORD);
  return { page, answers };
}

const leaks = (text: string) => [...SECRETS, report.number].filter((x) => text.includes(x));
const total = async (page: Page) => Number((await page.locator('[data-test=total] b').innerText()).trim());

describeBrowser('an accused unit sees nothing of the report against it', () => {
  test('the discipline commission sees the report (the checks below can fail)', async () => {
    const { page } = await walker(who.discipline);
    expect(await page.locator('[data-test=ledger-table]').innerText()).toContain(report.number);
    await page.goto(`/console/tickets/${report.id}`);
    expect(await page.locator('[data-test=ticket-text]').innerText()).toContain('克扣');
    await page.context().close();
  });

  for (const key of ['accused', 'accusedHead'] as const) {
    test(`${key}: 台账, counts, search, dashboard, the ticket and 交办单 by URL, export`, async () => {
      const s = who[key];
      const { page, answers } = await walker(s);

      // 台账: not a row, not a count.
      const seen = await total(page);
      expect(seen).toBeGreaterThan(0);
      expect(leaks(await page.content())).toEqual([]);
      await page.locator('[data-test=f-category]').click();
      const option = page.locator('.el-select-dropdown__item', { hasText: '干部作风' });
      expect(await option.innerText()).toMatch(/干部作风\s*0/);
      await page.keyboard.press('Escape');
      await page.goto('/console/ledger?category=misconduct');
      await page.locator('[data-test=ledger][data-state=ready]').waitFor();
      expect(await total(page)).toBe(0);
      for (const q of ['克扣', report.number, '祝英台']) {
        await page.goto(`/console/ledger?q=${encodeURIComponent(q)}`);
        await page.locator('[data-test=ledger][data-state=ready]').waitFor();
        expect([q, await total(page)]).toEqual([q, 0]);
      }

      // Dashboard: the figures count what the 台账 lists, no more.
      await page.goto('/console/dashboard');
      await page.locator('[data-test=kpi-total]').waitFor();
      await page.locator('[data-test=chart-categories] canvas').waitFor();
      expect(Number(await page.locator('[data-test=kpi-total]').innerText())).toBe(seen);
      expect(leaks(await page.content())).toEqual([]);
      await shot(page, `confidential-dashboard-${key}`);

      // The ticket and its 交办单 by URL: "not found", nothing of it.
      for (const url of [`/console/tickets/${report.id}`, `/console/tickets/${report.id}/print`]) {
        await page.goto(url);
        await page.locator('.el-alert--error').waitFor();
        expect([url, leaks(await page.content())]).toEqual([url, []]);
      }
      await shot(page, `confidential-ticket-${key}`);

      // Export of everything this viewer may export.
      await page.goto('/console/ledger');
      await page.locator('[data-test=ledger][data-state=ready]').waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=export]').click()]);
      const file = path.join(SHOTS, '..', `confidential-${key}.xlsx`);
      await download.saveAs(file);
      const wb = XLSX.read(fs.readFileSync(file));
      const rows = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets[wb.SheetNames[0]], { defval: '' });
      expect(rows.length).toBe(seen);
      expect(leaks(JSON.stringify(rows))).toEqual([]);

      // And every answer the browser received on the way.
      expect(answers.length).toBeGreaterThan(10);
      expect(answers.filter((a) => leaks(a).length).map((a) => a.slice(0, 200))).toEqual([]);
      await page.context().close();
    });
  }
});
