/**
 * A 2027 holiday notice as an office would type it in from the State Council's 通知 (CSV accepted
 * by calendar:import). Not the official 2027 schedule, which was not out when this was written: the
 * dates are plausible, chosen so that tests see deadlines move against the provisional calendar.
 */
export const NOTICE_2027_CSV = [
  '# 国务院办公厅关于2027年部分节假日安排的通知（录入）',
  'kind,from,to,name',
  'rest,2027-01-01,2027-01-03,元旦',
  'rest,2027-02-05,2027-02-13,春节',
  'work,2027-02-20,,春节',
  'rest,2027-04-03,2027-04-05,清明节',
  'rest,2027-05-01,2027-05-05,劳动节',
  'work,2027-04-25,,劳动节',
  'rest,2027-06-09,2027-06-11,端午节',
  'rest,2027-09-15,2027-09-17,中秋节',
  'rest,2027-10-01,2027-10-07,国庆节',
  'work,2027-09-26,,国庆节',
  'work,2027-10-09,,国庆节',
].join('\n');

/** The same notice as the JSON calendar:import also takes. */
export const NOTICE_2027_JSON = {
  year: 2027,
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-13' },
    { name: '清明节', from: '2027-04-03', to: '2027-04-05' },
    { name: '劳动节', from: '2027-05-01', to: '2027-05-05' },
    { name: '端午节', from: '2027-06-09', to: '2027-06-11' },
    { name: '中秋节', from: '2027-09-15', to: '2027-09-17' },
    { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
  ],
  workdays: [
    { date: '2027-02-20', name: '春节' },
    { date: '2027-04-25', name: '劳动节' },
    { date: '2027-09-26', name: '国庆节' },
    { date: '2027-10-09', name: '国庆节' },
  ],
};
