import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDb, TestDb } from '../../support/db';
import { inTransaction } from '../../../src/db/tx';
import { Attachment } from '../../../src/entities/Attachment';
import { FsStorage } from '../../../src/channels/mp/storage';
import { pruneUploads } from '../../../src/channels/mp/prune';

let db: TestDb;
let dir: string;
let storage: FsStorage;

beforeAll(async () => {
  db = await createTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-prune-'));
  storage = new FsStorage(dir);
});
afterAll(async () => {
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const DAY = 86_400_000;

async function upload(ageDays: number, ticketId: number | null) {
  const { key, size } = await storage.put(Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]), { ext: 'jpg' });
  const createdAt = new Date(Date.now() - ageDays * DAY);
  return inTransaction(db.ds, ({ manager: m }) =>
    m.save(m.create(Attachment, { ticketId, kind: 'image', storageKey: key, mime: 'image/jpeg', size, uploaderKind: 'petitioner', uploaderId: 1, createdAt })),
  );
}

it('removes week-old photos nobody used, rows and files, and keeps the rest; a second run removes nothing', async () => {
  const stale = await upload(8, null);
  const fresh = await upload(1, null);
  const used = await upload(30, 99);
  expect(await pruneUploads(db.ds, storage, new Date())).toEqual({ removed: 1 });
  expect(await db.ds.manager.findOneBy(Attachment, { id: stale.id })).toBeNull();
  expect(await storage.get(stale.storageKey)).toBeNull();
  for (const a of [fresh, used]) expect(await storage.get(a.storageKey)).not.toBeNull();
  expect(await pruneUploads(db.ds, storage, new Date())).toEqual({ removed: 0 });
});

it('storage never serves a key it did not make', async () => {
  expect(await storage.get('../../etc/passwd')).toBeNull();
  expect(await storage.get('ab/../../x.jpg')).toBeNull();
  await expect(storage.delete('../x')).resolves.toBeUndefined();
});
