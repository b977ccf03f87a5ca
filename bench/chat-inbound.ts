/**
 * The core's path for group messages (POST /chat/messages, in-process): what every group message
 * cost when the bot sent them all to the core. The bot now settles chatter itself (see
 * bench/chat-chatter.ts); group messages reach the core only when addressed to it. Prints
 * messages/s for chatter (decided without writes, or counted) and for triggered complaints
 * (tickets), against baselines measured in the same run: classify() alone and the indexed binding
 * lookup alone.
 *
 *   node -r ts-node/register/transpile-only bench/chat-inbound.ts      (SQLite file in /tmp)
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDatabaseUrl } from '../src/config';
import { createDataSource } from '../src/db/datasource';
import { seedDemo } from '../src/seed/demo';
import { classify } from '../src/classify';
import { bindRoom, targetForRoom } from '../src/channels/chat/binding';
import { handleInbound } from '../src/channels/chat/handler';
import { loadChatSettings } from '../src/channels/chat/settings';
import type { Actor } from '../src/tickets/actor';
import { figure, fmt } from './support/report';

const GROUPS = 200;
const CHATTER = 5000;
const COMPLAINTS = 300;
const PLAIN = ['大家晚上好', '明天赶集去不去', '收到，谢谢', '今天下午三点开会，大家准时参加', '哈哈哈', '谁家的狗跑出来了', '天气预报说明天下雨'];
const LIKE = ['我家自来水又停了，烦死了', '村口的路坑坑洼洼的', '低保的钱还没发下来'];

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-chat-bench-'));
  const ds = createDataSource(parseDatabaseUrl(`sqlite:${path.join(dir, 'b.sqlite')}`));
  await ds.initialize();
  await ds.runMigrations();
  await seedDemo(ds, { areas: ['430502'] });
  const villages: string[] = (await ds.query("SELECT code FROM jurisdiction WHERE level = 'village' ORDER BY code")).map((r: any) => r.code);
  for (let g = 0; g < GROUPS; g++) {
    await bindRoom(
      ds,
      {
        botAccount: 'bench',
        roomId: `g${g}@chatroom`,
        topic: `群${g}`,
        jurisdictionCode: villages[g % villages.length],
        purpose: 'village_group',
        staffId: null,
      },
      new Date(),
    );
  }
  const actor: Actor = { kind: 'channel', name: 'bench', tokenId: 0 };
  const settings = loadChatSettings();
  const texts = Array.from({ length: CHATTER }, (_, i) => (i % 10 === 0 ? LIKE[i % LIKE.length] : PLAIN[i % PLAIN.length]) + (i % 7));

  // Baseline 1: the classifier alone on the same texts.
  classify('预热');
  let t0 = performance.now();
  for (const t of texts) classify(t);
  const classifyRate = CHATTER / ((performance.now() - t0) / 1000);

  // Baseline 2: the binding lookup alone (one indexed SELECT per message).
  t0 = performance.now();
  for (let i = 0; i < CHATTER; i++) await targetForRoom(ds.manager, 'bench', `g${i % GROUPS}@chatroom`, `群${i % GROUPS}`);
  const lookupRate = CHATTER / ((performance.now() - t0) / 1000);

  t0 = performance.now();
  for (let i = 0; i < CHATTER; i++) {
    await handleInbound(
      ds,
      actor,
      {
        botAccount: 'bench',
        messageId: `c${i}`,
        roomId: `g${i % GROUPS}@chatroom`,
        roomTopic: `群${i % GROUPS}`,
        from: { id: `u${i % 997}` },
        type: 'text',
        text: texts[i],
      },
      new Date(),
      settings,
    );
  }
  const chatterRate = CHATTER / ((performance.now() - t0) / 1000);

  t0 = performance.now();
  for (let i = 0; i < COMPLAINTS; i++) {
    await handleInbound(
      ds,
      actor,
      {
        botAccount: 'bench',
        messageId: `t${i}`,
        roomId: `g${i % GROUPS}@chatroom`,
        roomTopic: `群${i % GROUPS}`,
        from: { id: `v${i}` },
        type: 'text',
        text: `反映 自来水停了${(i % 5) + 1}天了，一滴水都没有`,
      },
      new Date(),
      settings,
    );
  }
  const ticketRate = COMPLAINTS / ((performance.now() - t0) / 1000);
  const counted = Number((await ds.query('SELECT SUM(count) AS n FROM chatter_count'))[0].n);

  process.stdout.write(
    `chatter: ${fmt(chatterRate)} msg/s (classify alone ${fmt(classifyRate)}/s, binding lookup alone ${fmt(lookupRate)}/s); ${counted} counted\n`,
  );
  process.stdout.write(`triggered complaints: ${fmt(ticketRate, 1)} tickets/s\n`);
  figure({
    bench: 'chat-inbound',
    name: 'core: group chatter if sent to the core',
    value: Math.round(chatterRate),
    unit: 'msg/s',
    baseline: { name: 'binding lookup alone', value: Math.round(lookupRate), unit: 'lookups/s' },
    ratio: +(chatterRate / lookupRate).toFixed(2),
  });
  figure({
    bench: 'chat-inbound',
    name: 'group complaint → ticket + reply',
    value: +ticketRate.toFixed(1),
    unit: 'tickets/s',
    baseline: { name: 'classify alone', value: Math.round(classifyRate), unit: 'texts/s' },
  });
  await ds.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exit(1);
});
