import type { DataSource } from 'typeorm';
import type Koa from 'koa';
import type { Config } from '../config';
import type { Actor } from '../tickets/actor';

/** What every handler can reach through ctx.state. */
export interface AppState {
  ds: DataSource;
  config: Config;
  actor?: Actor;
  requestId: string;
}

export type Ctx = Koa.ParameterizedContext<AppState> & { params: Record<string, string>; request: Koa.Request & { body?: unknown } };
