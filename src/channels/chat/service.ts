import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import { log } from '../../log';
import type { Services, Shared } from '../../services';
import { localChatApi } from './local-api';
import { loadChatSettings } from './settings';
import { sweepChat } from './sweep';

/**
 * Service starter: files complaints whose question timed out and forgets old message ids, every
 * CHAT_SWEEP_MS. Safe with several server processes (tickets and notices are idempotent).
 */
export async function startChatSweeper(ds: DataSource, _config: Config): Promise<Services | null> {
  const settings = loadChatSettings();
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = sweepChat(ds, new Date(), settings)
      .then((r) => (r.filed || r.dropped ? log.info('chat sweep', { ...r }) : undefined))
      .catch((e) => log.warn('chat sweep failed', { error: String(e?.message ?? e).slice(0, 200) }))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, settings.sweepMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * Service starter: the bot inside `npm start` when WECHATY_PUPPET is set, calling the core
 * in-process (same functions as the HTTP API, no token needed). Wechaty loads only then.
 */
export async function startInProcessBot(ds: DataSource, config: Config, shared: Shared = {}): Promise<Services | null> {
  if (!config.WECHATY_PUPPET) return null;
  let loaded: { createBot: typeof import('../../../bot/bot').createBot; loadBotConfig: typeof import('../../../bot/config').loadBotConfig };
  try {
    loaded = { createBot: require('../../../bot/bot').createBot, loadBotConfig: require('../../../bot/config').loadBotConfig };
  } catch (e: any) {
    // A server-only install (npm ci --omit=dev --workspaces=false, the Docker image) has no wechaty.
    if (e?.code !== 'MODULE_NOT_FOUND') throw e;
    throw new Error(
      `WECHATY_PUPPET is set but the WeChat bot is not installed here (${String(e.message).split('\n')[0]}): install with the bot workspace (npm install, or npm prune --omit=dev without --workspaces=false), or run the bot as its own process (npm run bot)`,
    );
  }
  const { createBot, loadBotConfig } = loaded;
  const bc = loadBotConfig();
  const bot = createBot({
    puppet: config.WECHATY_PUPPET as any,
    api: localChatApi(ds, { uploadDir: config.UPLOAD_DIR, limiter: shared.limiter ?? null }),
    name: bc.name,
    account: bc.account,
    pacing: bc.pacing,
    pollMs: bc.pollMs,
    claimLimit: bc.claimLimit,
    flushMs: bc.flushMs,
    roomsRefreshMs: bc.roomsRefreshMs,
    chatterMinConfidence: bc.chatterMinConfidence,
    onScan: (qrcode, status) => {
      if (status === 2 || status === 3) log.info('scan to log in the WeChat bot', { url: `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}` });
    },
    log,
  });
  await bot.start();
  log.info('wechat bot started in-process', { puppet: config.WECHATY_PUPPET, account: bc.account });
  return { stop: () => bot.stop() };
}
