import * as XLSX from '@e965/xlsx';
import { buildTemplate } from '../../src/org';

export type Rows = Record<string, string[][]>;

/**
 * A workbook as a county office fills it in: the downloaded template with its example rows
 * replaced by the county's (headings untouched). Sheets left out of `rows` are removed.
 */
export function fillTemplate(rows: Rows, opts: { keep?: string[] } = {}): Buffer {
  const wb = XLSX.read(buildTemplate(), { type: 'buffer' });
  for (const name of [...wb.SheetNames]) {
    if (name === '说明') continue;
    if (!(name in rows) && !(opts.keep ?? []).includes(name)) {
      wb.SheetNames.splice(wb.SheetNames.indexOf(name), 1);
      delete wb.Sheets[name];
      continue;
    }
    if (!(name in rows)) continue;
    const header = (XLSX.utils.sheet_to_json<string[]>(wb.Sheets[name], { header: 1 })[0] ?? []).map(String);
    wb.Sheets[name] = XLSX.utils.aoa_to_sheet([header, ...rows[name]]);
  }
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** 双清区 (430502) as its petition office would describe it: government, offices, two townships. */
export const SHUANGQING: Rows = {
  // 单位名称 类型 辖区代码 上级单位 负责人手机号
  单位: [
    ['双清区人民政府', '县级人民政府', '430502', '', '13907390001'],
    ['双清区信访局', '信访局', '430502', '双清区人民政府', ''],
    ['双清区纪委监委', '纪委监委', '430502', '双清区人民政府', ''],
    ['双清区水利局', 'water_bureau', '430502', '双清区人民政府', ''],
    ['火车站乡人民政府', '乡镇政府', '430502202', '双清区人民政府', ''],
    ['高崇山镇人民政府', '乡镇人民政府', '430502100', '双清区人民政府', ''],
  ],
  // 姓名 手机号 所在单位 角色 职务 岗位 分管领域 辖区代码 微信号 企业微信账号
  人员: [
    ['刘志刚', '13907390001', '双清区人民政府', '领导', '区委书记', '县委书记', '', '', '', ''],
    ['陈明', '13907390002', '双清区人民政府', '领导', '副区长', '分管县领导', '饮水安全、道路水电设施', '', '', 'chenming'],
    ['周丽', '13907390003', '双清区信访局', '管理员', '局长', '单位负责人', '', '', '', ''],
    ['赵刚', '13907390004', '双清区纪委监委', '领导', '区纪委书记', '单位负责人', '干部作风', '', '', ''],
    ['孙芳', '13907390005', '双清区纪委监委', '干部', '纪检监察员', '', '', '', '', ''],
    ['钱伟', '139 0739 0006', '双清区水利局', '领导', '局长', '单位负责人', '', '', '', ''],
    ['吴强', '13907390007', '火车站乡人民政府', '领导', '乡长', '单位负责人', '', '', '', ''],
    ['郑红', '13907390008', '火车站乡人民政府', '', '包村干部', '', '', '', 'zhenghong88', ''],
    ['王磊', '13907390009', '高崇山镇人民政府', '干部', '包村干部', '', '', '', '', ''],
    ['冯军', '+86 139-0739-0010', '高崇山镇人民政府', '领导', '镇长', '单位负责人', '', '', '', ''],
  ],
  // 手机号 姓名 村代码 村名
  包村: [
    ['13907390008', '郑红', '430502202001', '古塘社区'],
    ['13907390008', '', '430502202002', ''],
    ['13907390009', '王磊', '430502100203', '短陂村'],
  ],
  // 群名称 辖区代码 用途 类型 机器人地址 机器人微信号
  群: [
    ['短陂村村民群', '430502100203', '村民群', '微信群', '', ''],
    ['双清区信访工作群', '430502', '工作群', '企业微信机器人', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=0f1e2d3c-aaaa-bbbb', ''],
  ],
};

/** A copy with one sheet's rows changed. */
export function withRows(base: Rows, sheet: string, f: (rows: string[][]) => string[][]): Rows {
  return { ...base, [sheet]: f(base[sheet].map((r) => [...r])) };
}
