/**
 * Contention that outlasts the transaction's re-runs (a deadlock, a Galera certification
 * conflict, SQLite busy) is the database saying "again in a moment": the client gets 503 with
 * Retry-After, nothing half-stored, and the same request with its key then files the ticket once.
 */
import { startTestApp, TestApp } from '../support/app';
import { MAX_ATTEMPTS } from '../../src/db/tx';
import { Ticket } from '../../src/entities/Ticket';
import { log } from '../../src/log';
import * as rows from '../../src/db/rows';

let app: TestApp;
let channel: string;

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502'] });
  channel = await app.token('channel');
});
afterAll(() => app.close());
afterEach(() => jest.restoreAllMocks());

const deadlock = () =>
  Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), { code: 'ER_LOCK_DEADLOCK', errno: 1213 });

it('answers 503 with Retry-After when every re-run of a ticket’s transaction met a conflict; the retry with the key files it once', async () => {
  const body = { text: '火车站乡莲荷村村口的路坑坑洼洼，下雨天没法走', channel: 'wechat_group', externalId: 'busy-1' };
  let tries = 0;
  // The ticket's insert fails as a deadlock or a certification conflict fails it, on every attempt
  // (the same door on SQLite and MariaDB: the statement inside the transaction, not the driver).
  const realInsert = rows.insertRow;
  jest.spyOn(rows, 'insertRow').mockImplementation((async (m: any, target: any, row: any) => {
    if (target === Ticket && row?.externalId === 'busy-1') {
      tries++;
      throw deadlock();
    }
    return realInsert(m, target, row);
  }) as any);
  const errors = jest.spyOn(log, 'error');

  const res = await app.call('POST', '/api/v1/tickets', { token: channel, body });
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('2');
  expect(res.body.error).toMatchObject({ status: 503, code: 'unavailable', message: '系统繁忙，请稍后重试' });
  expect(res.body.error.id).toEqual(expect.any(String));
  expect(JSON.stringify(res.body)).not.toMatch(/Deadlock|ER_LOCK|at /);
  expect(tries).toBe(MAX_ATTEMPTS);
  expect(errors).not.toHaveBeenCalled();
  expect(await app.ds.manager.count(Ticket, { where: { externalId: 'busy-1' } })).toBe(0);

  jest.restoreAllMocks();
  const again = await app.call('POST', '/api/v1/tickets', { token: channel, body });
  expect(again.status).toBe(201);
  const replay = await app.call('POST', '/api/v1/tickets', { token: channel, body });
  expect({ status: replay.status, id: replay.body.id }).toEqual({ status: 200, id: again.body.id });
  expect(await app.ds.manager.count(Ticket, { where: { externalId: 'busy-1' } })).toBe(1);
}, 30_000);
