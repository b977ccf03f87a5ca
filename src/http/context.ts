import type { DataSource } from 'typeorm';
import type Koa from 'koa';
import type { Config } from '../config';
import type { Actor } from '../tickets/actor';
import type { Limiter } from '../tickets/admission';
import type { Session } from '../auth/sessions';

/** What every handler can reach through ctx.state. */
export interface AppState {
  ds: DataSource;
  config: Config;
  actor?: Actor;
  /** The app's intake rate limiter (null when the limits are off): pass it to createTicket. */
  limiter: Limiter | null;
  requestId: string;
  /** Set when the actor came from a console session cookie (not a bearer token). */
  session?: Session;
}

export type Ctx = Koa.ParameterizedContext<AppState> & { params: Record<string, string>; request: Koa.Request & { body?: unknown } };
