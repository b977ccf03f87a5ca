import type { RoutingRule } from '../entities/RoutingRule';

type RuleSeed = Omit<RoutingRule, 'id'>;

const county = (category: string, unitKind: string): RuleSeed => ({
  category,
  jurisdictionCode: null,
  target: 'county_unit',
  unitKind,
  unitId: null,
  coHandler: 'township',
  priority: 0,
});
const township = (category: string): RuleSeed => ({
  category,
  jurisdictionCode: null,
  target: 'township',
  unitKind: null,
  unitId: null,
  coHandler: null,
  priority: 0,
});

/**
 * Nationwide defaults (jurisdictionCode null): 谁主管、谁负责 for policy categories, 属地管理 for the
 * rest, misconduct to the discipline commission above the accused. Admins add more specific rules.
 */
export const DEFAULT_ROUTING_RULES: RuleSeed[] = [
  county('water', 'water_bureau'),
  county('housing', 'housing_bureau'),
  county('education', 'education_bureau'),
  county('medical', 'medical_security_bureau'),
  county('welfare', 'civil_affairs_bureau'),
  county('wages', 'hrss_bureau'),
  county('poverty_policy', 'rural_revitalization_bureau'),
  township('infrastructure'),
  township('dispute'),
  township('other'),
  { category: 'misconduct', jurisdictionCode: null, target: 'discipline', unitKind: 'discipline', unitId: null, coHandler: null, priority: 0 },
];

/** County departments every demo county gets, with the name suffix used after the county name. */
export const COUNTY_UNITS: { kind: string; suffix: string }[] = [
  { kind: 'petition_office', suffix: '信访局' },
  { kind: 'discipline', suffix: '纪委监委' },
  { kind: 'water_bureau', suffix: '水利局' },
  { kind: 'housing_bureau', suffix: '住房和城乡建设局' },
  { kind: 'education_bureau', suffix: '教育局' },
  { kind: 'medical_security_bureau', suffix: '医疗保障局' },
  { kind: 'civil_affairs_bureau', suffix: '民政局' },
  { kind: 'hrss_bureau', suffix: '人力资源和社会保障局' },
  { kind: 'rural_revitalization_bureau', suffix: '乡村振兴局' },
];
