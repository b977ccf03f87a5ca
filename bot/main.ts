/**
 * `npm run bot`: the WeChat bot in a process of its own, talking to the core over HTTP.
 *
 *   npm run cli -- token:issue --role bot --name wechat-bot          # once, prints the token
 *   CUNSHENG_TOKEN=cs_… WECHATY_PUPPET=wechaty-puppet-wechat4u npm run bot
 *
 * wechat4u shows a QR code to scan with the bot's WeChat account. What is said in groups while
 * the bot is down is never delivered to it (the daily summary is where such complaints surface).
 */
import { log } from '../src/log';
import { httpChatApi } from './api';
import { createBot } from './bot';
import { loadBotConfig } from './config';

function printQr(qrcode: string, status: number): void {
  // 2 = Waiting, 3 = Scanned (wechaty-puppet ScanStatus)
  if (status !== 2 && status !== 3) return;
  const url = `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}`;
  try {
    // node-qrcode ships with wechaty's dependencies; if it is missing, the link still works.
    require('qrcode').toString(qrcode, { type: 'terminal', small: true }, (err: unknown, s: string) => {
      if (!err) process.stdout.write(`${s}\n`);
      process.stdout.write(`用机器人的微信扫码登录：${url}\n`);
    });
  } catch {
    process.stdout.write(`用机器人的微信扫码登录：${url}\n`);
  }
}

async function main() {
  const config = loadBotConfig();
  if (!config.token) {
    process.stderr.write('CUNSHENG_TOKEN is required (issue one: npm run cli -- token:issue --role bot --name wechat-bot)\n');
    process.exit(2);
  }
  const bot = createBot({
    puppet: config.puppet as any,
    api: httpChatApi(config.apiUrl, config.token),
    name: config.name,
    account: config.account,
    pacing: config.pacing,
    pollMs: config.pollMs,
    claimLimit: config.claimLimit,
    flushMs: config.flushMs,
    roomsRefreshMs: config.roomsRefreshMs,
    chatterMinConfidence: config.chatterMinConfidence,
    onScan: printQr,
    log,
  });
  await bot.start();
  log.info('bot started', { puppet: config.puppet, account: config.account, api: config.apiUrl });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('bot stopping', { signal });
    await bot.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  process.stderr.write(`村声 bot failed to start: ${e?.message ?? e}\n`);
  process.exit(1);
});
