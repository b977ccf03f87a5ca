import fs from 'node:fs';
import { jpeg } from '../support/images';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, TestApp, Res } from '../support/app';
import { mpMount } from '../../src/http/mp/routes';
import { open311Mount } from '../../src/http/open311/routes';
import { Attachment } from '../../src/entities/Attachment';

/**
 * Every API response says `X-Content-Type-Options: nosniff`; every JSON or XML body (tickets,
 * errors, Open311) says `Cache-Control: no-store`, so no browser or proxy cache keeps a
 * petitioner's data. An image keeps its own caching, still without sniffing.
 */
let app: TestApp;
let uploadDir: string;
const saved = process.env.UPLOAD_DIR;

const JPEG = jpeg();

beforeAll(async () => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-headers-'));
  process.env.UPLOAD_DIR = uploadDir;
  app = await startTestApp({ areas: ['430502'], mounts: [mpMount, open311Mount] });
});
afterAll(async () => {
  await app.close();
  if (saved === undefined) delete process.env.UPLOAD_DIR;
  else process.env.UPLOAD_DIR = saved;
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

const noStore = (r: Res) => {
  expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  expect(r.headers.get('cache-control')).toBe('no-store');
};

describe('security headers', () => {
  let villager: string;
  let ticketId: number;

  beforeAll(async () => {
    ({ token: villager } = await app.villagerToken({ phone: '13900007777', name: '王五' }));
    const res = await app.call('POST', '/api/v1/tickets', {
      token: villager,
      body: { text: '火车站乡莲荷村自来水停了三天没人管', channel: 'api', externalId: 'hdr-1' },
    });
    expect(res.status).toBe(201);
    ticketId = res.body.id;
  });

  it('a ticket read (JSON with personal data)', async () => {
    const r = await app.call('GET', `/api/v1/tickets/${ticketId}`, { token: villager });
    expect(r.status).toBe(200);
    noStore(r);
  });

  it('errors: 401, 404 and a 400 naming its field', async () => {
    noStore(await app.call('GET', `/api/v1/tickets/${ticketId}`));
    const missing = await app.call('GET', '/api/v1/tickets/999999', { token: villager });
    expect(missing.status).toBe(404);
    noStore(missing);
    const bad = await app.call('POST', '/api/v1/tickets', { token: villager, body: { text: '', channel: 'api' } });
    expect(bad.status).toBe(400);
    noStore(bad);
    noStore(await app.call('GET', '/nowhere'));
  });

  it('Open311 reads in JSON and XML, and an Open311 error', async () => {
    for (const p of [
      '/open311/v2/services.json',
      '/open311/v2/services.xml',
      '/open311/v2/requests.json?jurisdiction_id=430502',
      '/open311/v2/requests.xml?jurisdiction_id=430502',
    ]) {
      const r = await app.call('GET', p);
      expect([p, r.status]).toEqual([p, 200]);
      noStore(r);
    }
    const err = await app.call('GET', '/open311/v2/services.csv');
    expect(err.status).toBe(400);
    noStore(err);
  });

  it('an attachment download: nosniff and no-store on the image (a desk PC is shared); a location (JSON) is no-store', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(JPEG)], { type: 'image/jpeg' }), 'p.jpg');
    const up = await fetch(`${app.url}/api/v1/mp/uploads`, { method: 'POST', headers: { authorization: `Bearer ${villager}` }, body: form });
    expect(up.status).toBe(201);
    expect(up.headers.get('cache-control')).toBe('no-store');
    const { id } = (await up.json()) as { id: number };
    const img = await app.call('GET', `/api/v1/attachments/${id}`, { token: villager });
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/jpeg');
    expect(img.headers.get('x-content-type-options')).toBe('nosniff');
    expect(img.headers.get('cache-control')).toBe('no-store');

    const report = await app.call('POST', '/api/v1/mp/tickets', {
      token: villager,
      body: { clientId: 'hdr-location', text: '莲荷村村口的桥护栏断了', villageCode: '430502202205', location: { lat: 27.2, lng: 111.4 } },
    });
    expect(report.status).toBe(201);
    const loc = await app.ds.manager.findOneByOrFail(Attachment, { ticketId: report.body.id, kind: 'location' });
    const json = await app.call('GET', `/api/v1/attachments/${loc.id}`, { token: villager });
    expect(json.status).toBe(200);
    expect(json.body.location).toEqual({ lat: 27.2, lng: 111.4 });
    noStore(json);
  });
});
