import { ApiToken } from '../../src/entities/ApiToken';
import { Petitioner } from '../../src/entities/Petitioner';
import { Staff } from '../../src/entities/Staff';
import { findToken, generateToken, hashToken, issueSystemToken, issueToken, listTokens, revokeToken, tokenExpiry } from '../../src/auth/tokens';
import { inTransaction } from '../../src/db/tx';
import { createTestDb, TestDb } from '../support/db';

describe('tokens', () => {
  let db: TestDb;
  let cadre: Staff;
  let leader: Staff;
  let admin: Staff;
  let villager: Petitioner;

  const staff = (name: string, role: Staff['role']) =>
    db.ds.getRepository(Staff).save({
      name,
      role,
      position: null,
      title: null,
      unitId: null,
      jurisdictionCode: null,
      categories: null,
      phone: null,
      wechatId: null,
      openid: null,
      active: true,
    });
  const issue = (input: Parameters<typeof issueToken>[1]) => inTransaction(db.ds, ({ manager }) => issueToken(manager, input));
  const find = (t: string) => findToken(db.ds.manager, t);

  beforeAll(async () => {
    db = await createTestDb();
    cadre = await staff('张伟', 'cadre');
    leader = await staff('李建国', 'leader');
    admin = await staff('王秀英', 'admin');
    villager = await db.ds
      .getRepository(Petitioner)
      .save({ name: '赵大爷', phone: null, wechatId: null, openid: null, unionid: null, villageCode: null, createdAt: new Date() });
  });
  afterAll(async () => {
    await db.close();
  });

  it('generates prefixed base64url tokens of 32 random bytes and hashes them with sha256', () => {
    const t = generateToken();
    expect(t).toMatch(/^cs_[A-Za-z0-9_-]{43}$/);
    expect(generateToken()).not.toBe(t);
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('issues tokens that are found again, storing only the hash', async () => {
    const { token, record } = await issue({ role: 'cadre', staffId: cadre.id });
    expect(record).toMatchObject({ role: 'cadre', staffId: cadre.id, name: '张伟', revokedAt: null });
    const stored = await db.ds.getRepository(ApiToken).findOneByOrFail({ id: record.id });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await find(token))!.id).toBe(record.id);
    expect(await find(token + 'x')).toBeNull();
    expect(await find('not-a-token')).toBeNull();
  });

  it('checks that staff tokens name an active staff member of that role', async () => {
    await expect(issue({ role: 'cadre' })).rejects.toThrow(/必须指定工作人员/);
    await expect(issue({ role: 'leader', staffId: cadre.id })).rejects.toThrow(/角色是 cadre/);
    await expect(issue({ role: 'cadre', staffId: 99999 })).rejects.toThrow(/不存在/);
    await expect(issue({ role: 'admin', staffId: leader.id })).rejects.toThrow(/不是 admin/);
    const off = await staff('停用者', 'cadre');
    await db.ds.getRepository(Staff).update(off.id, { active: false });
    await expect(issue({ role: 'cadre', staffId: off.id })).rejects.toThrow(/已停用/);
    expect((await issue({ role: 'leader', staffId: leader.id })).record.staffId).toBe(leader.id);
    expect((await issue({ role: 'admin', staffId: admin.id })).record.name).toBe('王秀英');
    await expect(issue({ role: 'admin', name: '初始管理员' })).rejects.toThrow(/必须指定工作人员/);
  });

  it('issues a system-wide admin token only through issueSystemToken (the CLI), never issueToken', async () => {
    await expect(issue({ role: 'sysadmin' })).rejects.toThrow(/只能用命令行签发/);
    await expect(issue({ role: 'sysadmin', staffId: admin.id })).rejects.toThrow(/只能用命令行签发/);
    const sys = await inTransaction(db.ds, ({ manager }) => issueSystemToken(manager, { name: '初始管理员' }));
    expect(sys.record).toMatchObject({ role: 'sysadmin', staffId: null, name: '初始管理员' });
    expect((await find(sys.token))!.role).toBe('sysadmin');
    await expect(inTransaction(db.ds, ({ manager }) => issueSystemToken(manager, { staffId: cadre.id }))).rejects.toThrow(/角色是 cadre/);
  });

  it('binds villager tokens to a petitioner and channel tokens to nobody', async () => {
    await expect(issue({ role: 'villager' })).rejects.toThrow(/必须指定群众/);
    await expect(issue({ role: 'villager', petitionerId: 4242 })).rejects.toThrow(/不存在/);
    expect((await issue({ role: 'villager', petitionerId: villager.id })).record.petitionerId).toBe(villager.id);
    await expect(issue({ role: 'channel', staffId: cadre.id })).rejects.toThrow(/渠道/);
    expect((await issue({ role: 'channel', name: 'hotline' })).record).toMatchObject({ role: 'channel', name: 'hotline' });
    await expect(issue({ role: 'bogus' as any })).rejects.toThrow(/未知角色/);
    await expect(issue({ role: 'channel', name: 'x'.repeat(65) })).rejects.toThrow(/64/);
  });

  it('does not find revoked or expired tokens, or tokens of deactivated staff', async () => {
    const revoked = await issue({ role: 'channel', name: 'sms' });
    await db.ds.getRepository(ApiToken).update(revoked.record.id, { revokedAt: new Date() });
    expect(await find(revoked.token)).toBeNull();

    const soon = await issue({ role: 'channel', name: 'soon', expiresAt: new Date(Date.now() + 60_000) });
    expect(await find(soon.token)).not.toBeNull();
    await db.ds.getRepository(ApiToken).update(soon.record.id, { expiresAt: new Date(Date.now() - 1000) });
    expect(await find(soon.token)).toBeNull();
    await expect(issue({ role: 'channel', name: 'past', expiresAt: new Date(Date.now() - 1000) })).rejects.toThrow(/将来/);

    const c2 = await staff('刘洋', 'cadre');
    const gone = await issue({ role: 'cadre', staffId: c2.id });
    expect(await revokeToken(db.ds.manager, gone.record.id)).toBe('revoked');
    expect(await revokeToken(db.ds.manager, gone.record.id)).toBe('already');
    expect(await revokeToken(db.ds.manager, 987654)).toBe('missing');
    expect(await find(gone.token)).toBeNull();

    const t = await issue({ role: 'cadre', staffId: c2.id });
    expect(await find(t.token)).not.toBeNull();
    await db.ds.getRepository(Staff).update(c2.id, { active: false });
    expect(await find(t.token)).toBeNull();
  });

  describe('expiry', () => {
    const DAY = 86_400_000;
    afterEach(() => {
      delete process.env.STAFF_TOKEN_TTL_DAYS;
    });

    it('gives staff tokens 90 days by default, STAFF_TOKEN_TTL_DAYS when set; villager, channel and bot tokens only an expiry given', async () => {
      for (const [role, staffId] of [
        ['cadre', cadre.id],
        ['leader', leader.id],
        ['admin', admin.id],
      ] as const) {
        const { record } = await issue({ role, staffId });
        expect(record.expiresAt!.getTime() - record.createdAt.getTime()).toBe(90 * DAY);
      }
      const sys = await inTransaction(db.ds, ({ manager }) => issueSystemToken(manager, {}));
      expect(sys.record.expiresAt!.getTime() - sys.record.createdAt.getTime()).toBe(90 * DAY);
      process.env.STAFF_TOKEN_TTL_DAYS = '7';
      const week = await issue({ role: 'cadre', staffId: cadre.id });
      expect(week.record.expiresAt!.getTime() - week.record.createdAt.getTime()).toBe(7 * DAY);
      // An explicit expiry wins (the mini-program's 30-day sessions).
      const given = new Date(Date.now() + 30 * DAY);
      expect((await issue({ role: 'cadre', staffId: cadre.id, expiresAt: given })).record.expiresAt).toEqual(given);
      expect((await issue({ role: 'channel', name: 'hotline' })).record.expiresAt).toBeNull();
      expect((await issue({ role: 'bot', name: 'wechat-bot' })).record.expiresAt).toBeNull();
      expect((await issue({ role: 'villager', petitionerId: villager.id })).record.expiresAt).toBeNull();
      expect((await issue({ role: 'bot', name: 'b2', expiresAt: given })).record.expiresAt).toEqual(given);
      process.env.STAFF_TOKEN_TTL_DAYS = '0';
      await expect(issue({ role: 'cadre', staffId: cadre.id })).rejects.toThrow(/STAFF_TOKEN_TTL_DAYS/);
    });

    it('refuses a staff token past its expiry, and an old staff token without one once the TTL has passed since it was made', async () => {
      const t = await issue({ role: 'cadre', staffId: cadre.id });
      expect(await findToken(db.ds.manager, t.token, Date.now() + 89 * DAY)).not.toBeNull();
      expect(await findToken(db.ds.manager, t.token, Date.now() + 91 * DAY)).toBeNull();
      // Issued before expiry existed: no expiresAt stored.
      const legacy = await issue({ role: 'leader', staffId: leader.id });
      await db.ds.getRepository(ApiToken).update(legacy.record.id, { expiresAt: null, createdAt: new Date(Date.now() - 91 * DAY) });
      expect(await find(legacy.token)).toBeNull();
      await db.ds.getRepository(ApiToken).update(legacy.record.id, { createdAt: new Date(Date.now() - 10 * DAY) });
      expect(await find(legacy.token)).not.toBeNull();
      // A channel token without an expiry keeps working.
      const ch = await issue({ role: 'channel', name: 'old-sms' });
      await db.ds.getRepository(ApiToken).update(ch.record.id, { createdAt: new Date(Date.now() - 400 * DAY) });
      expect(await find(ch.token)).not.toBeNull();
      expect(tokenExpiry({ role: 'channel', createdAt: new Date(), expiresAt: null })).toBeNull();
    });
  });

  it('lists tokens without the token or its hash', async () => {
    const { token, record } = await issue({ role: 'bot', name: 'list-bot' });
    const rows = await listTokens(db.ds.manager);
    const row = rows.find((r) => r.id === record.id)!;
    expect(row).toEqual({
      id: record.id,
      role: 'bot',
      name: 'list-bot',
      staffId: null,
      petitionerId: null,
      createdAt: expect.any(Date),
      expiresAt: null,
      revokedAt: null,
    });
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(hashToken(token));
    await revokeToken(db.ds.manager, record.id);
    expect((await listTokens(db.ds.manager, { usable: true })).map((r) => r.id)).not.toContain(record.id);
    expect((await listTokens(db.ds.manager, { role: 'bot' })).every((r) => r.role === 'bot')).toBe(true);
  });
});
