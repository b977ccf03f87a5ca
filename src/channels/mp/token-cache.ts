/**
 * A cached credential with a lifetime (WeChat's access_token: 7200 s). One fetch at a time per
 * process: concurrent callers share the fetch in flight, because every fetch of a plain
 * `/cgi-bin/token` invalidates the previous token for everybody else.
 */
export interface FetchedToken {
  token: string;
  /** Seconds the token stays valid, as the server says. */
  expiresIn: number;
}

export interface TokenCacheOptions {
  /** Refresh this many seconds before the server's expiry (clock skew, requests in flight). */
  marginSec?: number;
  now?: () => number;
}

export class TokenCache {
  private current: { token: string; expiresAt: number } | null = null;
  private inflight: Promise<string> | null = null;
  private readonly marginMs: number;
  private readonly now: () => number;
  /** How many times the fetcher was called (for tests and the health of the integration). */
  fetches = 0;

  constructor(
    private readonly fetcher: () => Promise<FetchedToken>,
    opts: TokenCacheOptions = {},
  ) {
    this.marginMs = (opts.marginSec ?? 300) * 1000;
    this.now = opts.now ?? Date.now;
  }

  async get(): Promise<string> {
    if (this.current && this.now() < this.current.expiresAt) return this.current.token;
    if (!this.inflight) {
      this.inflight = (async () => {
        try {
          this.fetches++;
          const t = await this.fetcher();
          // A very short lifetime still gets used once rather than refetched in a loop.
          const lifeMs = Math.max(t.expiresIn * 1000 - this.marginMs, Math.min(t.expiresIn * 1000, 60_000) / 2);
          this.current = { token: t.token, expiresAt: this.now() + lifeMs };
          return t.token;
        } finally {
          this.inflight = null;
        }
      })();
    }
    return this.inflight;
  }

  /**
   * The server rejected `stale` (40001/42001). Drop it only if it is still the cached one, so ten
   * requests failing with the same old token cause one refresh, not ten.
   */
  invalidate(stale: string): void {
    if (this.current?.token === stale) this.current = null;
  }

  clear(): void {
    this.current = null;
  }
}
