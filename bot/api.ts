import type { AckInput, ChatApi, ChatterFlush, InboundMessageDto, InboundResult, OutboxItem, ResolveResult, RoomInfo } from '../src/channels/chat/wire';

export type { ChatApi } from '../src/channels/chat/wire';

/** An error answer from the core; `status` < 500 means retrying will not help. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The core over HTTP with a `bot` token (the bot in its own process). */
export function httpChatApi(baseUrl: string, token: string, opts: { timeoutMs?: number } = {}): ChatApi {
  const base = baseUrl.replace(/\/+$/, '') + '/api/v1';
  const timeoutMs = opts.timeoutMs ?? 15_000;
  async function call<T>(method: string, path: string, body?: unknown, raw?: { data: Buffer; mime: string }): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    let payload: string | Uint8Array<ArrayBuffer> | undefined;
    if (raw) {
      headers['content-type'] = raw.mime;
      payload = new Uint8Array(raw.data);
    } else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(base + path, { method, headers, body: payload, signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    // A 403 on the chat API means the wrong kind of token (e.g. an intake channel token from before the bot role).
    const hint = res.status === 403 ? '（CUNSHENG_TOKEN 须为机器人令牌：token:issue --role bot）' : '';
    if (!res.ok) throw new ApiError(res.status, json?.error?.code ?? 'http_error', (json?.error?.message ?? `HTTP ${res.status}`) + hint);
    return json as T;
  }
  return {
    message: (msg: InboundMessageDto) => call<InboundResult>('POST', '/chat/messages', msg),
    uploadImage: (i) =>
      call<{ attachmentId: number | null }>(
        'POST',
        `/chat/images?botAccount=${encodeURIComponent(i.botAccount)}&messageId=${encodeURIComponent(i.messageId)}`,
        undefined,
        { data: i.data, mime: i.mime },
      ),
    resolveRooms: (i: { botAccount: string; rooms: RoomInfo[] }) => call<ResolveResult>('POST', '/chat/rooms/resolve', i),
    chatter: (i: ChatterFlush) => call<{ counted: number; replay: boolean }>('POST', '/chat/chatter', i),
    claimOutbox: async (i) => (await call<{ items: OutboxItem[] }>('POST', '/chat/outbox/claim', i)).items,
    ackOutbox: async (id: number, i: AckInput) => void (await call('POST', `/chat/outbox/${id}/ack`, i)),
  };
}
