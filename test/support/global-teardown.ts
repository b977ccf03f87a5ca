/** jest globalTeardown: removes this run's template databases (see global-setup.ts). */
import fs from 'node:fs';
import { createConnection } from 'mysql2/promise';
import { MANIFEST_ENV, readManifest } from './templates';

export default async function globalTeardown(): Promise<void> {
  const manifest = readManifest();
  if (!manifest) return;
  try {
    if (manifest.kind === 'mysql') {
      const conn = await createConnection(process.env.TEST_DATABASE_URL!);
      try {
        for (const t of Object.values(manifest.templates)) {
          if (t.kind === 'mysql') await conn.query(`DROP DATABASE IF EXISTS \`${t.schema}\``);
        }
      } finally {
        await conn.end();
      }
    }
  } finally {
    fs.rmSync(manifest.dir, { recursive: true, force: true });
    delete process.env[MANIFEST_ENV];
  }
}
