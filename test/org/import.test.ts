/**
 * A county loads its own organisation from the template workbook: checked first (every problem by
 * sheet, row and column, nothing written), idempotent on re-import, and people who left are
 * deactivated with their open tickets handed to their unit head, never to the accused.
 */
import * as XLSX from '@e965/xlsx';
import { DataSource } from 'typeorm';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { TicketEvent } from '../../src/entities/TicketEvent';
import { Unit } from '../../src/entities/Unit';
import { VillageAssignment } from '../../src/entities/VillageAssignment';
import { buildTemplate, importOrganisation, reportLines } from '../../src/org';
import { enqueue } from '../../src/outbox/enqueue';
import { stillTellable } from '../../src/outbox/senders/staff';
import { seedReference } from '../../src/seed/demo';
import { staffActor } from '../../src/tickets/staff-actor';
import { canRead, createTicket, loadScope, SYSTEM, presentHistory } from '../../src/tickets';
import { createTestDb, TestDb } from '../support/db';
import { fillTemplate, SHUANGQING, withRows } from './support';

let db: TestDb;
let ds: DataSource;
beforeAll(async () => {
  db = await createTestDb();
  ds = db.ds;
  await seedReference(ds);
});
afterAll(() => db.close());

const file = (rows = SHUANGQING) => [{ name: '双清区组织架构.xlsx', data: fillTemplate(rows) }];

/** Everything the import may touch, as plain rows (ids included): equal snapshots = nothing written. */
async function snapshot() {
  const m = ds.manager;
  return {
    units: await m.find(Unit, { order: { id: 'ASC' } }),
    staff: await m.find(Staff, { order: { id: 'ASC' } }),
    assignments: await m.find(VillageAssignment, { order: { id: 'ASC' } }),
    chats: (await m.find(ChatTarget, { order: { id: 'ASC' } })).map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    tickets: (await m.find(Ticket, { order: { id: 'ASC' } })).map((t) => [t.id, t.version, t.assigneeId, t.handlingUnitId]),
    events: await m.count(TicketEvent),
    outbox: await m.count(OutboxMessage),
  };
}

const staffBy = (phone: string) => ds.manager.findOneOrFail(Staff, { where: { phone } });
const unitBy = (name: string) => ds.manager.findOneOrFail(Unit, { where: { name } });
/** A report accusing `accused`, as routing leaves it: with the discipline commission, worked by `inspector`. */
async function reportWorkedBy(inspector: Staff, accused: Unit, text: string, villageCode: string, externalId: string): Promise<Ticket> {
  const discipline = await unitBy('双清区纪委监委');
  const { ticket } = await createTicket(ds, SYSTEM, { text, villageCode, channel: 'api', externalId, linkDuplicates: false });
  await ds.manager.update(
    Ticket,
    { id: ticket.id },
    { category: 'misconduct', handlingUnitId: discipline.id, assigneeId: inspector.id, status: 'accepted', accusedUnitId: accused.id },
  );
  return ticket;
}

test('the template has a 说明 sheet, then 单位/人员/包村/群 with starred required headings and an example row', () => {
  const wb = XLSX.read(buildTemplate(), { type: 'buffer' });
  expect(wb.SheetNames).toEqual(['说明', '单位', '人员', '包村', '群']);
  const rows = (name: string) => XLSX.utils.sheet_to_json<string[]>(wb.Sheets[name], { header: 1 });
  expect(rows('人员')[0]).toEqual(['姓名*', '手机号*', '所在单位*', '角色', '职务', '岗位', '分管领域', '辖区代码', '微信号', '企业微信账号']);
  expect(rows('单位')[0]).toEqual(['单位名称*', '类型*', '辖区代码*', '上级单位', '负责人手机号']);
  expect(rows('包村')[0]).toEqual(['手机号*', '姓名', '村代码*', '村名']);
  expect(rows('群')[0]).toEqual(['群名称*', '辖区代码*', '用途*', '类型', '机器人地址', '机器人微信号']);
  for (const s of ['单位', '人员', '包村', '群']) expect(rows(s)[1].length).toBeGreaterThan(0);
  // Phone numbers and codes are text cells, so Excel keeps every digit.
  expect(wb.Sheets['人员'].B2.t).toBe('s');
  const help = rows('说明')
    .map((r) => r.join(' '))
    .join('\n');
  expect(help).toMatch(/完整名单/);
  expect(help).toMatch(/人员 第7行 手机号：格式不对/);
});

test('--dry-run reports every change and writes nothing', async () => {
  const before = await snapshot();
  const r = await importOrganisation(ds, file(), { dryRun: true });
  expect(r.problemLines).toEqual([]);
  expect(r.county).toBe('430502');
  expect(r.applied).toBe(false);
  expect(r.counts.units.create).toBe(6);
  expect(r.counts.staff.create).toBe(10);
  expect(r.counts.assignments.create).toBe(3);
  expect(r.counts.chats.create).toBe(2);
  expect(r.changes).toContainEqual({ sheet: '人员', row: 3, action: 'create', what: '陈明（13907390002）' });
  expect(reportLines(r).out.at(-1)).toMatch(/没有写入/);
  expect(r.warnings).toEqual([]);
  expect(await snapshot()).toEqual(before);
  // A county without its discipline commission is told where misconduct reports will go instead.
  const noDiscipline = withRows(
    withRows(SHUANGQING, '单位', (u) => u.filter((x) => x[1] !== '纪委监委')),
    '人员',
    (p) => p.filter((x) => x[2] !== '双清区纪委监委'),
  );
  const w = await importOrganisation(ds, file(noDiscipline), { dryRun: true });
  expect(w.problemLines).toEqual([]);
  expect(w.warnings).toEqual(['本县还没有纪委监委：干部作风类诉求将交市纪委监委（没有时交信访局）']);
  expect(reportLines(w).err).toEqual(['提示：本县还没有纪委监委：干部作风类诉求将交市纪委监委（没有时交信访局）']);
});

test('a county is imported from the template-shaped workbook: units, leaders, heads, 包村, groups', async () => {
  const r = await importOrganisation(ds, file());
  expect(r.problemLines).toEqual([]);
  expect(r.applied).toBe(true);

  const gov = await unitBy('双清区人民政府');
  expect(gov).toMatchObject({ kind: 'county_gov', jurisdictionCode: '430502', parentUnitId: null });
  const township = await unitBy('火车站乡人民政府');
  expect(township).toMatchObject({ kind: 'township_gov', jurisdictionCode: '430502202', parentUnitId: gov.id });
  expect((await unitBy('双清区水利局')).kind).toBe('water_bureau');

  const secretary = await staffBy('13907390001');
  expect(gov.headStaffId).toBe(secretary.id);
  expect(secretary).toMatchObject({ role: 'leader', position: 'county_secretary', jurisdictionCode: '430502', active: true });
  expect(await staffBy('13907390002')).toMatchObject({
    position: 'county_leader',
    categories: ['water', 'infrastructure'],
    title: '副区长',
    wecomUserId: 'chenming',
  });
  const admin = await staffBy('13907390003');
  expect(admin.role).toBe('admin');
  expect((await unitBy('双清区信访局')).headStaffId).toBe(admin.id);
  // Spaces and +86 are the office's typing, not part of the number.
  expect((await unitBy('高崇山镇人民政府')).headStaffId).toBe((await staffBy('13907390010')).id);
  expect((await unitBy('双清区水利局')).headStaffId).toBe((await staffBy('13907390006')).id);
  const cadre = await staffBy('13907390008');
  expect(cadre).toMatchObject({ role: 'cadre', position: null, jurisdictionCode: null, unitId: township.id, wechatAccount: 'zhenghong88', wechatId: null });

  const villages = (await ds.manager.find(VillageAssignment, { where: { staffId: cadre.id } })).map((a) => a.villageCode).sort();
  expect(villages).toEqual(['430502202001', '430502202002']);
  const groups = await ds.manager.find(ChatTarget, { where: { jurisdictionCode: '430502100203' } });
  expect(groups).toMatchObject([{ kind: 'wechat_room', purpose: 'village_group', topic: '短陂村村民群', active: true }]);
  expect(await ds.manager.findOneByOrFail(ChatTarget, { topic: '双清区信访工作群' })).toMatchObject({ kind: 'wecom_webhook', purpose: 'work_group' });

  // The county's complaints now reach its own people: drinking water is the water bureau's (谁主管、谁负责).
  const t = (
    await createTicket(ds, SYSTEM, { text: '短陂村自来水停了三天了，没水做饭', villageCode: '430502100203', channel: 'api', externalId: 'org-route-1' })
  ).ticket;
  expect(t.handlingUnitId).toBe((await unitBy('双清区水利局')).id);
});

test('importing the same file again changes nothing', async () => {
  const before = await snapshot();
  const r = await importOrganisation(ds, file());
  expect(r.problemLines).toEqual([]);
  expect(r.changes).toEqual([]);
  expect(r.counts.staff).toMatchObject({ create: 0, update: 0, deactivate: 0, unchanged: 10 });
  expect(r.counts.units.unchanged).toBe(6);
  expect(reportLines(r).out.at(-1)).toBe('与系统中一致，没有变化');
  expect(await snapshot()).toEqual(before);
});

test('every bad row is reported by sheet, row and column in Chinese, and nothing is written', async () => {
  const before = await snapshot();
  let rows = withRows(SHUANGQING, '人员', (r) => {
    r[5][1] = '1390739000'; // row 7: ten digits
    r[1][6] = '饮水、修路'; // row 3: not categories
    r.push(['新来的', '13907390011', '双清区财政局', '干部', '', '', '', '', '', '']); // row 12: no such unit
    r.push(['重复的', '13907390001', '双清区信访局', '干部', '', '', '', '', '', '']); // row 13: phone taken
    r.push(['马六', '13907390012', '火车站乡人民政府', '干部', '', '单位负责人', '', '', '', '']); // row 14: cadre as head
    return r;
  });
  rows = withRows(rows, '单位', (r) => {
    r[2][1] = '纪检委'; // row 4
    r[4][2] = '430502'; // row 6: a township government with a county code
    return r;
  });
  rows = withRows(rows, '包村', (r) => {
    r[0][3] = '红旗社区'; // row 2: 430502202001 is 古塘社区
    r[2][2] = '220382100203'; // row 4: another county
    return r;
  });
  rows = withRows(rows, '群', (r) => {
    r[1][4] = 'http://example.com/hook'; // row 3
    return r;
  });
  const r = await importOrganisation(ds, file(rows), { county: '430502' });
  expect(r.applied).toBe(false);
  expect(r.changes).toEqual([]);
  expect(r.problemLines).toEqual(
    expect.arrayContaining([
      '人员 第7行 手机号：格式不对（应为11位手机号）',
      expect.stringMatching(/^人员 第3行 分管领域：不认识「饮水、修路」/),
      expect.stringMatching(/^人员 第12行 所在单位：找不到「双清区财政局」/),
      '人员 第13行 手机号：与第2行重复',
      expect.stringMatching(/^人员 第14行 角色：干部不能是单位负责人/),
      expect.stringMatching(/^单位 第4行 类型：不认识「纪检委」/),
      '单位 第6行 辖区代码：乡镇人民政府的辖区应是乡镇（9位）代码',
      '包村 第2行 村名：与村代码不符（430502202001 是 古塘社区）',
      '包村 第4行 村代码：不在本县（430502）范围内',
      expect.stringMatching(/^群 第3行 机器人地址：格式不对/),
    ]),
  );
  expect(reportLines(r).err.at(-1)).toMatch(/没有写入任何数据/);
  expect(await snapshot()).toEqual(before);
});

test('a county admin cannot move itself (e.g. into the discipline commission, out of reach of the accused-side rule)', async () => {
  const before = await snapshot();
  const admin = (await staffActor(ds.manager, await staffBy('13907390003')))!;
  const rows = withRows(SHUANGQING, '人员', (r) => {
    r[2][2] = '双清区纪委监委'; // row 4: 周丽, the admin importing
    r[2][5] = '';
    return r;
  });
  const r = await importOrganisation(ds, file(rows), { actor: admin });
  expect(r.problemLines).toEqual([expect.stringMatching(/^人员 第4行 岗位：不能修改您本人的岗位、所在单位，请由系统管理员修改$/)]);
  expect(await snapshot()).toEqual(before);
  // The same change by the system (the CLI, a sysadmin) is allowed.
  expect((await importOrganisation(ds, file(rows), { dryRun: true })).problemLines).toEqual([]);
});

test('a county admin cannot re-parent an existing unit (its own office taken out from under an accused county government would read the report)', async () => {
  const before = await snapshot();
  const admin = (await staffActor(ds.manager, await staffBy('13907390003')))!; // 周丽, 信访局
  // Row 3: 双清区信访局, hung under the water bureau's sibling instead of the county government.
  const rows = withRows(SHUANGQING, '单位', (r) => r.map((u) => (u[0] === '双清区信访局' ? [u[0], u[1], u[2], '火车站乡人民政府', u[4]] : u)));
  const r = await importOrganisation(ds, file(rows), { actor: admin });
  expect(r.problemLines).toEqual([expect.stringMatching(/^单位 第3行 上级单位：不能更改已有单位「双清区信访局」的上级单位/)]);
  expect(await snapshot()).toEqual(before);
  // The sysadmin (the CLI) may; and an admin may still give a new unit its parent.
  expect((await importOrganisation(ds, file(rows), { dryRun: true })).problemLines).toEqual([]);
  const added = withRows(SHUANGQING, '单位', (r) => [...r, ['双清区民政局', '民政局', '430502', '双清区人民政府', '']]);
  expect((await importOrganisation(ds, file(added), { actor: admin, dryRun: true })).problemLines).toEqual([]);
});

test('a file whose codes span two counties is refused without a county to go by', async () => {
  const rows = withRows(SHUANGQING, '单位', (r) => [...r, ['双辽市水利局', '水利局', '220382', '', '']]);
  const r = await importOrganisation(ds, file(rows));
  expect(r.problemLines).toEqual([expect.stringMatching(/不止一个县（430502、220382）/)]);
});

describe('people who left', () => {
  let ordinary: Ticket;
  let misconduct: Ticket;
  let closedOne: Ticket;

  beforeAll(async () => {
    const m = ds.manager;
    const leaver = await staffBy('13907390008'); // 郑红, 包村 at 火车站乡
    const inspector = await staffBy('13907390005'); // 孙芳, 纪检监察员
    const township = await unitBy('火车站乡人民政府');
    const discipline = await unitBy('双清区纪委监委');
    const file1 = async (text: string, id: string) =>
      (await createTicket(ds, SYSTEM, { text, villageCode: '430502202001', channel: 'api', externalId: id, linkDuplicates: false })).ticket;
    ordinary = await file1('古塘社区路灯坏了一个月了，晚上黑得很', 'left-1');
    misconduct = await file1('信访局有人收了钱才给登记，太黑了', 'left-2');
    closedOne = await file1('古塘社区垃圾没人收', 'left-3');
    // Fixture: who works each ticket (routing is tested elsewhere).
    await m.update(Ticket, { id: ordinary.id }, { handlingUnitId: township.id, assigneeId: leaver.id, status: 'accepted' });
    await m.update(Ticket, { id: closedOne.id }, { handlingUnitId: township.id, assigneeId: leaver.id, status: 'closed' });
    // A report against the county's own petition office, worked by a discipline inspector who leaves too.
    await m.update(
      Ticket,
      { id: misconduct.id },
      { category: 'misconduct', handlingUnitId: discipline.id, assigneeId: inspector.id, status: 'accepted', accusedUnitId: (await unitBy('双清区信访局')).id },
    );
  });

  test('are deactivated, their 包村 removed, and open tickets handed to the unit head with a history entry', async () => {
    const m = ds.manager;
    const rows = withRows(
      withRows(SHUANGQING, '人员', (r) => r.filter((p) => p[0] !== '郑红' && p[0] !== '孙芳')),
      '包村',
      (r) => r.filter((a) => a[0] !== '13907390008'),
    );
    // The county admin imports; the report accuses its own office, so it must not learn of it.
    const admin = (await staffActor(m, await staffBy('13907390003')))!;
    const r = await importOrganisation(ds, file(rows), { actor: admin });
    expect(r.problemLines).toEqual([]);
    expect(r.counts.staff).toMatchObject({ deactivate: 2, unchanged: 8 });
    expect(r.counts.assignments.remove).toBe(2);
    expect(r.handedOver).toBe(1); // the misconduct ticket is not even counted for the accused office
    expect(JSON.stringify(r)).not.toMatch(/收了钱|misconduct|作风/);

    expect(await staffBy('13907390008')).toMatchObject({ active: false });
    expect(await m.count(VillageAssignment, { where: { staffId: (await staffBy('13907390008')).id } })).toBe(0);

    const head = await staffBy('13907390007'); // 吴强, 乡长
    const o = await m.findOneByOrFail(Ticket, { id: ordinary.id });
    expect(o).toMatchObject({ assigneeId: head.id, handlingUnitId: (await unitBy('火车站乡人民政府')).id, version: ordinary.version + 2 });
    const ev = await m.findOneByOrFail(TicketEvent, { ticketId: ordinary.id, type: 'handed_over' });
    expect(ev).toMatchObject({ visibility: 'internal', actorKind: 'system' });
    expect(ev.data).toMatchObject({ reason: 'staff_left', fromStaffName: '郑红', toStaffId: head.id, toStaffName: '吴强' });
    const notice = await m.findOneByOrFail(OutboxMessage, { channel: 'staff', target: String(head.id), ticketId: ordinary.id, kind: 'ticket_assigned' });
    expect(notice.payload.text).toMatch(/原承办人郑红已离岗，现转由您负责/);

    // The misconduct report stays with the discipline commission, now with its head.
    const mc = await m.findOneByOrFail(Ticket, { id: misconduct.id });
    expect(mc).toMatchObject({ handlingUnitId: (await unitBy('双清区纪委监委')).id, assigneeId: (await staffBy('13907390004')).id });
    expect(await m.count(TicketEvent, { where: { ticketId: misconduct.id, type: 'handed_over' } })).toBe(1);

    // A finished ticket keeps its history as it was.
    expect((await m.findOneByOrFail(Ticket, { id: closedOne.id })).assigneeId).toBe((await staffBy('13907390008')).id);
    // The villager's view never shows the internal hand-over.
    const history = await presentHistory(m, { kind: 'villager', petitionerId: o.petitionerId ?? -1, tokenId: 0 }, o);
    expect(JSON.stringify(history)).not.toMatch(/郑红|离岗|handed_over/);
  });

  test('a head who is the accused is never handed the report: it waits in the discipline unit unassigned', async () => {
    const m = ds.manager;
    // Re-hire 孙芳, give her a report accusing the discipline commission's own head's unit chain.
    await importOrganisation(ds, file(withRows(SHUANGQING, '包村', (r) => r.filter((a) => a[0] !== '13907390008'))));
    const inspector = await staffBy('13907390005');
    expect(inspector.active).toBe(true);
    const discipline = await unitBy('双清区纪委监委');
    const t = await reportWorkedBy(inspector, discipline, '纪委的人打招呼压下了举报', '430502202001', 'left-4');
    const rows = withRows(
      withRows(SHUANGQING, '人员', (r) => r.filter((p) => p[0] !== '孙芳' && p[0] !== '郑红')),
      '包村',
      (r) => r.filter((a) => a[0] !== '13907390008'),
    );
    const r = await importOrganisation(ds, file(rows));
    expect(r.problemLines).toEqual([]);
    const after = await m.findOneByOrFail(Ticket, { id: t.id });
    expect(after.handlingUnitId).toBe(discipline.id);
    expect(after.assigneeId).toBeNull();
    const ev = await m.findOneByOrFail(TicketEvent, { ticketId: t.id, type: 'handed_over' });
    expect(ev.data).toMatchObject({ toStaffId: null });
    expect(await m.findOneBy(OutboxMessage, { channel: 'staff', target: String((await staffBy('13907390004')).id), ticketId: t.id })).toBeNull();
  });
});

describe('people who moved to another unit', () => {
  test("hand the open tickets they can no longer read to the old unit's head, keep those their new unit works, and a moved head heads the old unit no more", async () => {
    const m = ds.manager;
    expect((await importOrganisation(ds, file())).problemLines).toEqual([]); // everyone back in place
    const mover = await staffBy('13907390009'); // 王磊, 包村 at 高崇山镇
    const oldHead = await staffBy('13907390010'); // 冯军, 镇长
    const town = await unitBy('高崇山镇人民政府');
    const station = await unitBy('火车站乡人民政府');
    const file1 = async (text: string, id: string) =>
      (await createTicket(ds, SYSTEM, { text, villageCode: '430502100203', channel: 'api', externalId: id, linkDuplicates: false })).ticket;
    const old = await file1('短陂村的路灯坏了半个月了', 'moved-1');
    const kept = await file1('短陂村到火车站乡的路上有个大坑', 'moved-2');
    await m.update(Ticket, { id: old.id }, { handlingUnitId: town.id, assigneeId: mover.id, status: 'accepted' });
    // Fixture: a ticket his new unit handles stays his.
    await m.update(Ticket, { id: kept.id }, { handlingUnitId: station.id, assigneeId: mover.id, status: 'accepted' });

    // Moved as a plain member of the new unit (its head stays who it was).
    const move = (who: string, unit: string) => (rows: typeof SHUANGQING) =>
      withRows(rows, '人员', (r) => r.map((p) => (p[0] === who ? [p[0], p[1], unit, p[3], p[4], '', ...p.slice(6)] : p)));
    const noBaocun = withRows(SHUANGQING, '包村', (r) => r.filter((a) => a[0] !== '13907390009'));
    const r = await importOrganisation(ds, file(move('王磊', '火车站乡人民政府')(noBaocun)));
    expect(r.problemLines).toEqual([]);
    expect(r.handedOver).toBe(1);

    expect(await m.findOneByOrFail(Ticket, { id: old.id })).toMatchObject({ assigneeId: oldHead.id, handlingUnitId: town.id });
    const ev = await m.findOneByOrFail(TicketEvent, { ticketId: old.id, type: 'handed_over' });
    expect(ev.data).toMatchObject({ reason: 'staff_moved', fromStaffName: '王磊', toStaffId: oldHead.id });
    const notice = await m.findOneByOrFail(OutboxMessage, { channel: 'staff', target: String(oldHead.id), ticketId: old.id, kind: 'ticket_assigned' });
    expect(notice.payload.text).toMatch(/原承办人王磊已调离，现转由您负责/);
    expect((await m.findOneByOrFail(Ticket, { id: kept.id })).assigneeId).toBe(mover.id);
    expect(await m.count(TicketEvent, { where: { ticketId: kept.id, type: 'handed_over' } })).toBe(0);

    // The town's head moves to the water bureau without a new head named: the town has none, so
    // its emergencies and escalations no longer reach him there.
    const r2 = await importOrganisation(ds, file(move('冯军', '双清区水利局')(move('王磊', '火车站乡人民政府')(noBaocun))));
    expect(r2.problemLines).toEqual([]);
    expect((await unitBy('高崇山镇人民政府')).headStaffId).toBeNull();
    // Its ticket waits in the town's queue: nobody there may be handed it by name.
    expect((await m.findOneByOrFail(Ticket, { id: old.id })).assigneeId).toBeNull();
  });

  test('an inspector moved into the unit a report accuses hands it to the discipline head, and reads it no more', async () => {
    const m = ds.manager;
    expect((await importOrganisation(ds, file())).problemLines).toEqual([]);
    const inspector = await staffBy('13907390005'); // 孙芳, 纪检监察员
    const disciplineHead = await staffBy('13907390004'); // 赵刚, 区纪委书记
    const discipline = await unitBy('双清区纪委监委');
    const town = await unitBy('高崇山镇人民政府');
    const t = await reportWorkedBy(inspector, town, '高崇山镇管低保的要了两条烟才给盖章', '430502100203', 'moved-accused');
    const before = (await staffActor(m, inspector))!;
    expect(canRead(before, await loadScope(m, t.id).then((s) => s.scope))).toBe(true);
    // A notice about it queued to the inspector before the move, not yet delivered (quiet hours, no WeChat bound).
    await enqueue(m, {
      channel: 'staff',
      target: String(inspector.id),
      kind: 'ticket_assigned',
      payload: { text: `工单 ${t.number} 请尽快办理：高崇山镇管低保的要了两条烟才给盖章` },
      dedupeKey: `queued-before-move:${t.id}`,
      ticketId: t.id,
    });
    const queued = await m.findOneByOrFail(OutboxMessage, { dedupeKey: `queued-before-move:${t.id}` });

    const moved = withRows(SHUANGQING, '人员', (r) =>
      r.map((p) => (p[0] === '孙芳' ? [p[0], p[1], '高崇山镇人民政府', p[3], '副镇长', '', ...p.slice(6)] : p)),
    );
    const r = await importOrganisation(ds, file(moved));
    expect(r.problemLines).toEqual([]);

    // It stays with the discipline commission, now with its head; the town never holds it.
    expect(await m.findOneByOrFail(Ticket, { id: t.id })).toMatchObject({ handlingUnitId: discipline.id, assigneeId: disciplineHead.id });
    const ev = await m.findOneByOrFail(TicketEvent, { ticketId: t.id, type: 'handed_over' });
    expect(ev.data).toMatchObject({ reason: 'staff_moved', fromStaffId: inspector.id, toStaffId: disciplineHead.id });
    // The mover, now on the accused side, can no longer read it, and is sent nothing about it.
    const after = (await staffActor(m, await staffBy('13907390005')))!;
    expect(after.staff.unitId).toBe(town.id);
    expect(canRead(after, (await loadScope(m, t.id)).scope)).toBe(false);
    expect(await m.count(OutboxMessage, { where: { channel: 'staff', target: String(inspector.id), ticketId: t.id } })).toBe(1);
    // Another door: the notice queued before the move is not delivered to the accused side after it.
    expect(await stillTellable(m, queued)).toBe(false);
  });
});

test('a CSV per sheet, named by its sheet, imports like the workbook', async () => {
  const csv = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
  const header = ['群名称', '辖区代码', '用途', '类型', '机器人地址', '机器人微信号'];
  const text = csv([header, ...SHUANGQING['群'], ['古塘社区居民群', '430502202001', '村民群', '', '', '']]);
  const r = await importOrganisation(ds, [{ name: '群.csv', data: Buffer.from(text, 'utf8') }], { dryRun: true });
  expect(r.problemLines).toEqual([]);
  expect(r.changes).toEqual([{ sheet: '群', row: 4, action: 'create', what: '古塘社区居民群' }]);
});
