/**
 * Who a misconduct complaint accuses, from the words villagers use. The level decides which
 * discipline commission handles it (the one above the accused) and which unit must never see it.
 */
export type AccusedLevel = 'village' | 'township' | 'county';

export interface Accused {
  level: AccusedLevel;
  /** County department kind when a bureau is named (水利局 → water_bureau). */
  unitKind?: string;
  matched: string;
}

const COUNTY_BUREAUS: [RegExp, string][] = [
  [/水利局/, 'water_bureau'],
  [/住建局|住房和城乡建设局/, 'housing_bureau'],
  [/教育局/, 'education_bureau'],
  [/医保局|医疗保障局/, 'medical_security_bureau'],
  [/民政局/, 'civil_affairs_bureau'],
  [/人社局|人力资源和社会保障局/, 'hrss_bureau'],
  [/乡村振兴局|扶贫办/, 'rural_revitalization_bureau'],
  [/信访局/, 'petition_office'],
  // The county's own discipline commission accused (its people named; "向纪委反映" only addresses
  // it): the city's commission handles it. A township's 纪委 is the township's.
  [/(?<![乡镇])(?:纪委|纪检|监委)(?:的)?(?:副?书记|干部|主任|工作人员|领导|组长|的人)/, 'discipline'],
];

const COUNTY_WORDS = /(县长|副县长|市长|副市长|区长|副区长|县委书记|市委书记|区委书记|县领导|市领导|区领导|局长|副局长|县政府|区政府|市政府)/;
const TOWNSHIP_WORDS =
  /(乡纪委书记|镇纪委书记|乡纪委干部|镇纪委干部|乡纪检|镇纪检|乡长|镇长|副乡长|副镇长|乡党委书记|镇党委书记|乡书记|镇书记|乡干部|镇干部|乡政府|镇政府|街道办|街道干部|乡里干部|镇里干部|主任科员)/;
const VILLAGE_WORDS = /(村书记|村支书|支书|村主任|村长|村干部|村委|会计|组长|网格员|第一书记|驻村)/;

export function detectAccused(text: string): Accused | null {
  for (const [re, kind] of COUNTY_BUREAUS) {
    const m = text.match(re);
    if (m) return { level: 'county', unitKind: kind, matched: m[0] };
  }
  let m = text.match(COUNTY_WORDS);
  if (m) return { level: 'county', matched: m[0] };
  m = text.match(TOWNSHIP_WORDS);
  if (m) return { level: 'township', matched: m[0] };
  m = text.match(VILLAGE_WORDS);
  if (m) return { level: 'village', matched: m[0] };
  return null;
}
