import type { DataSource } from 'typeorm';
import type Koa from 'koa';
import type { Config } from '../config';
import type { Actor } from '../tickets/actor';
import type { Limiter } from '../tickets/admission';
import type { Session } from '../auth/sessions';
import type { ReadLimiter } from './ratelimit';

/** What every handler can reach through ctx.state. */
export interface AppState {
  ds: DataSource;
  config: Config;
  actor?: Actor;
  /** The app's intake rate limiter (null when the limits are off): pass it to createTicket. */
  limiter: Limiter | null;
  /** Public Open311 reads' limiter (null when OPEN311_READS_PER_MIN is 0). */
  readLimiter: ReadLimiter | null;
  requestId: string;
  /** Set when the actor came from a console session cookie (not a bearer token). */
  session?: Session;
}

export type Ctx = Koa.ParameterizedContext<AppState> & { params: Record<string, string>; request: Koa.Request & { body?: unknown } };
