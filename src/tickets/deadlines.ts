import { EntityManager } from 'typeorm';
import { DEFAULT_POLICIES, DeadlinePolicy, Urgency } from '../clocks/deadlines';
import { cachedPolicies } from '../routing/reference';

/** The most specific policy row for a ticket: jurisdiction, then category, else the built-in default. */
export async function policyFor(m: EntityManager, category: string, urgency: Urgency, code: string | null): Promise<DeadlinePolicy> {
  // Policy rows are reference data (cached briefly, invalidated by the admin API).
  const rows = (await cachedPolicies(m)).filter((r) => r.urgency === urgency);
  const fit = rows
    .filter((r) => (r.category === null || r.category === category) && (r.jurisdictionCode === null || (!!code && code.startsWith(r.jurisdictionCode))))
    .sort((a, b) => (b.jurisdictionCode?.length ?? 0) - (a.jurisdictionCode?.length ?? 0) || (b.category ? 1 : 0) - (a.category ? 1 : 0))[0];
  if (!fit) return DEFAULT_POLICIES[urgency];
  return {
    responseWithin: { value: fit.responseValue, unit: fit.responseUnit },
    resolveWithin: { value: fit.resolveValue, unit: fit.resolveUnit },
  };
}
