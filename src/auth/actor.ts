import { DataSource } from 'typeorm';
import { ApiToken } from '../entities/ApiToken';
import { Staff } from '../entities/Staff';
import { Unit } from '../entities/Unit';
import { Actor } from '../tickets/actor';
import { findToken } from './tokens';

const CACHE_MS = 30_000;
const cache = new Map<string, { actor: Actor | null; at: number }>();

/** Resolves a bearer token to an actor; a short cache keeps token checks off the hot path. */
export async function actorForToken(ds: DataSource, token: string, now = Date.now()): Promise<Actor | null> {
  const hit = cache.get(token);
  if (hit && now - hit.at < CACHE_MS) return hit.actor;
  const rec = await findToken(ds.manager, token);
  const actor = rec ? await toActor(ds, rec) : null;
  if (cache.size > 10_000) cache.clear();
  cache.set(token, { actor, at: now });
  return actor;
}

export function forgetTokens(): void {
  cache.clear();
}

async function toActor(ds: DataSource, t: ApiToken): Promise<Actor | null> {
  const m = ds.manager;
  switch (t.role) {
    case 'channel':
      return { kind: 'channel', name: t.name, tokenId: t.id };
    case 'villager':
      return t.petitionerId ? { kind: 'villager', petitionerId: t.petitionerId, tokenId: t.id } : null;
    case 'bot':
      return { kind: 'bot', name: t.name, tokenId: t.id };
    case 'sysadmin': {
      const staff = t.staffId ? await m.findOne(Staff, { where: { id: t.staffId } }) : null;
      return { kind: 'sysadmin', staff, tokenId: t.id };
    }
    case 'admin': {
      const staff = t.staffId ? await m.findOne(Staff, { where: { id: t.staffId, active: true } }) : null;
      if (!staff) return null;
      const unit = staff.unitId ? await m.findOne(Unit, { where: { id: staff.unitId } }) : null;
      const area = (staff.jurisdictionCode ?? unit?.jurisdictionCode ?? '').slice(0, 6);
      return area.length === 6 ? { kind: 'admin', staff, unit, area, tokenId: t.id } : null;
    }
    case 'cadre':
    case 'leader': {
      const staff = t.staffId ? await m.findOne(Staff, { where: { id: t.staffId, active: true } }) : null;
      if (!staff) return null;
      const unit = staff.unitId ? await m.findOne(Unit, { where: { id: staff.unitId } }) : null;
      return { kind: t.role, staff, unit, tokenId: t.id };
    }
  }
  return null;
}
