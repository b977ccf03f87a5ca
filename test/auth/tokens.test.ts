import { ApiToken } from '../../src/entities/ApiToken';
import { Petitioner } from '../../src/entities/Petitioner';
import { Staff } from '../../src/entities/Staff';
import { findToken, generateToken, hashToken, issueToken } from '../../src/auth/tokens';
import { inTransaction } from '../../src/db/tx';
import { createTestDb, TestDb } from '../support/db';

describe('tokens', () => {
  let db: TestDb;
  let cadre: Staff;
  let leader: Staff;
  let admin: Staff;
  let villager: Petitioner;

  const staff = (name: string, role: Staff['role']) =>
    db.ds.getRepository(Staff).save({ name, role, position: null, title: null, unitId: null, jurisdictionCode: null, categories: null, phone: null, wechatId: null, openid: null, active: true });
  const issue = (input: Parameters<typeof issueToken>[1]) => inTransaction(db.ds, ({ manager }) => issueToken(manager, input));
  const find = (t: string) => findToken(db.ds.manager, t);

  beforeAll(async () => {
    db = await createTestDb();
    cadre = await staff('张伟', 'cadre');
    leader = await staff('李建国', 'leader');
    admin = await staff('王秀英', 'admin');
    villager = await db.ds.getRepository(Petitioner).save({ name: '赵大爷', phone: null, wechatId: null, openid: null, unionid: null, villageCode: null, createdAt: new Date() });
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
    expect((await issue({ role: 'admin', name: '初始管理员' })).record).toMatchObject({ staffId: null, name: '初始管理员' });
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
    const t = await issue({ role: 'cadre', staffId: c2.id });
    expect(await find(t.token)).not.toBeNull();
    await db.ds.getRepository(Staff).update(c2.id, { active: false });
    expect(await find(t.token)).toBeNull();
  });
});
