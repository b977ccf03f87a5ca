import { EntityManager } from 'typeorm';
import { DeadlinePolicyRow } from '../entities/DeadlinePolicy';
import { DEFAULT_POLICIES, DeadlinePolicy, Urgency } from '../clocks/deadlines';

/** The most specific policy row for a ticket: jurisdiction, then category, else the built-in default. */
export async function policyFor(m: EntityManager, category: string, urgency: Urgency, code: string | null): Promise<DeadlinePolicy> {
  const rows = await m.find(DeadlinePolicyRow, { where: { urgency } });
  const fit = rows
    .filter((r) => (r.category === null || r.category === category) && (r.jurisdictionCode === null || (!!code && code.startsWith(r.jurisdictionCode))))
    .sort((a, b) => (b.jurisdictionCode?.length ?? 0) - (a.jurisdictionCode?.length ?? 0) || (b.category ? 1 : 0) - (a.category ? 1 : 0))[0];
  if (!fit) return DEFAULT_POLICIES[urgency];
  return {
    responseWithin: { value: fit.responseValue, unit: fit.responseUnit },
    resolveWithin: { value: fit.resolveValue, unit: fit.resolveUnit },
  };
}
