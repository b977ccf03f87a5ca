import { isOpenStatus } from '../../vocabulary';
/**
 * Everything the bot says, in one place: short Chinese, no personal data. Group texts never carry
 * a complaint's content, a name or a contact; private texts may quote the person's own ticket.
 */
import { CATEGORIES, CATEGORY_BY_CODE } from '../../classify';
import type { CategoryCode } from '../../classify';
import { formatShanghai } from '../../clocks/time';
import { describeClock } from '../../clocks/deadlines';
import { statusName } from '../../tickets';
import type { Ticket } from '../../entities/Ticket';
import { redact } from '../../privacy/redact';

export const categoryName = (c: string) => CATEGORY_BY_CODE[c as CategoryCode]?.name ?? c;

/** The categories a villager can pick when the classifier cannot tell (misconduct goes private). */
export const CATEGORY_CHOICES: CategoryCode[] = CATEGORIES.map((c) => c.code).filter((c) => c !== 'misconduct' && c !== 'other');

export const T = {
  filed: (t: Ticket, unitName: string) =>
    `已登记，工单号 ${t.number}（${categoryName(t.category)}），由${unitName}办理，请于 ${formatShanghai(t.resolutionDueAt)} 前办结。进度可私聊我发送“查询”。`,
  filedAgain: (t: Ticket) => `这条消息已登记过，工单号 ${t.number}。`,
  filedOnTimeout: (t: Ticket, unitName: string) =>
    `您刚才反映的问题已按原内容登记，工单号 ${t.number}（${categoryName(t.category)}），由${unitName}办理。`,

  askPlace: (labels: string[]) =>
    labels.length
      ? `请问是哪个村？回复序号：${labels.map((l, i) => `${i + 1}.${l}`).join(' ')}；都不是请回复村名。`
      : '请问是哪个村（社区）的事？请回复村名，如“火车站乡莲荷村”。',
  askPlaceAgain: '没找到这个地方，请回复序号或“乡镇+村名”；回复“跳过”直接登记。',
  askCategory: () => `请问是哪方面的问题？回复序号：${CATEGORY_CHOICES.map((c, i) => `${i + 1}.${categoryName(c)}`).join(' ')}；或直接补充说明。`,
  askCategoryAgain: '请回复序号，或回复“跳过”直接登记。',

  goPrivate: '此事请私聊我（村声）详细反映，我们会对您的信息严格保密。',
  privateHello: '您好，您在群里反映的情况已收到。为保护您的信息，请在这里补充说明（时间、地点、涉及的人和事）；回复“算了”将按原内容登记。',

  help: '您好，我是村声。反映问题：直接描述，如“反映 莲荷村自来水停了三天”；查询进度：发送“查询”；回访：回复“已解决/未解决”“满意/不满意”。',
  helpGroup: '在群里 @我 或以“反映”开头描述问题即可登记诉求；查询进度请私聊我发送“查询”。',
  helpStaff:
    '工作命令：接单 #号｜进展 #号 内容｜办结 #号 说明｜转办 #号 单位｜异议 #号 理由｜查询 #号｜我的待办。领导：包案 #号｜督办 #号 天数。',
  otherType: '暂时只能处理文字、语音、图片和位置。请用文字描述您要反映的问题。',
  voiceNoText: '暂时听不清语音，请用文字描述您要反映的问题。',
  imageNoContext: '已收到图片。请再用文字说明要反映的问题，图片会一并登记。',
  imageAdded: (number: string) => `图片已补充到工单 ${number}。`,
  locationNoContext: '已收到位置。请再用文字说明要反映的问题。',
  staffCommandInGroup: '工作命令请私聊我发送。',
  queryInGroup: '查询进度请私聊我发送“查询”。',

  bindCodeInGroup: '绑定码请私聊我发送。该码已在群里公开，已作废，请联系管理员重新获取。',
  bindCodeBad: '绑定码无效或已过期，请联系管理员重新获取。',
  bindCodeTooMany: '尝试次数过多，请一小时后再试。',
  staffWithoutCounty: '您的账号未设置所属区县，请联系信访局。',
  bindCodeOk: (name: string, where: string) => `绑定成功：${name}（${where}）。发送“帮助”查看工作命令。`,
  bindGroupNotAllowed: '只有管理员或已绑定的本辖区干部可以绑定群。',
  bindGroupOutOfScope: '该地点不在您的辖区内，不能绑定。',
  // Said in the group: what the sender typed is echoed only through the redaction.
  bindGroupUnknown: (place: string) => `没找到“${redact(place)}”，请写全称，如“火车站乡莲荷村”。`,
  bindGroupAmbiguous: (paths: string[]) => `有多个同名地点，请写上乡镇或区县：${paths.join('、')}`,
  bindGroupOk: (path: string, purpose: 'village_group' | 'work_group') =>
    purpose === 'work_group'
      ? `本群已绑定为 ${path} 的工作群，将在这里推送督办提醒和每日汇总。`
      : `本群已绑定到 ${path}。群里 @我 或以“反映”开头发消息，即可登记诉求。`,
  unbindOk: '本群已解除绑定。',
  notBound: '本群尚未绑定。',

  notStaff: '您还没有绑定工作账号，请先发送“绑定 绑定码”。',
  noPermission: '您没有权限执行这个操作。',
  needRef: (verb: string) => `请带上工单号，如“${verb} #0007”。`,
  needText: (verb: string) => `请写上内容，如“${verb} #0007 已联系施工队”。`,
  needDays: '请写上督办天数，如“督办 #0007 5 限期整改”。',
  needUnit: '请写上要转给的单位，如“转办 #0007 双清区水利局”。',
  ticketNotFound: (ref: string) => `没找到工单 ${ref}，或您无权查看。`,
  ticketAmbiguous: (numbers: string[]) => `有多个工单尾号相同，请发送完整工单号：${numbers.join('、')}`,
  unitNotFound: (name: string) => `没找到单位“${name}”，请写全称。`,
  unitAmbiguous: (names: string[]) => `有多个单位匹配，请写全称：${names.join('、')}`,

  accepted: (n: string) => `已接单：${n}。请尽快联系群众。`,
  progressed: (n: string) => `已记录进展：${n}，群众可以看到这条进展。`,
  resolved: (n: string) => `已办结：${n}，系统将回访群众。`,
  transferred: (n: string, unit: string) => `已转办：${n} → ${unit}。`,
  objected: (n: string) => `已提出异议：${n}，等待信访部门裁定。`,
  owned: (n: string) => `已包案：${n}，您是该工单的包案领导。`,
  supervised: (n: string, due: Date) => `已挂牌督办：${n}，限 ${formatShanghai(new Date(due.getTime() - 1)).slice(0, 10)} 24:00 前办结。`,

  ticketLine: (t: Ticket, now: Date, villageName?: string | null) =>
    `${t.number} ${categoryName(t.category)}${villageName ? ` ${villageName}` : ''} ${statusName(t.status)}${!isOpenStatus(t.status) ? '' : ` ${describeClock(now, t.resolutionDueAt)}`}`,
  ticketDetail: (t: Ticket, unitName: string, now: Date, last: string | null) =>
    [
      `工单 ${t.number}（${categoryName(t.category)}）`,
      `状态：${statusName(t.status)}；承办：${unitName}`,
      !isOpenStatus(t.status) ? null : `期限：${formatShanghai(t.resolutionDueAt)}（${describeClock(now, t.resolutionDueAt)}）`,
      last ? `最新：${last}` : null,
    ]
      .filter(Boolean)
      .join('\n'),
  confidentialInGroup: (n: string) => `工单 ${n} 涉及对干部的反映，不在群里查询或办理，请私聊我。`,
  noTickets: '您还没有反映过问题。直接描述问题即可登记。',
  myTickets: (lines: string[], more: number) => `您的工单：\n${lines.join('\n')}${more > 0 ? `\n还有 ${more} 件，发送“查询 工单号”查看` : ''}`,
  todo: (lines: string[], more: number) => (lines.length ? `待办 ${lines.length + more} 件：\n${lines.join('\n')}${more > 0 ? `\n……还有 ${more} 件` : ''}` : '您目前没有待办工单。'),

  rated: (n: string, solved: boolean) => (solved ? `感谢您的评价，工单 ${n} 已销号。` : `收到，工单 ${n} 已重新交办，我们会督促尽快解决。`),
  pickTicket: (numbers: string[]) => `您有多个已办结的工单，请回复序号：${numbers.map((n, i) => `${i + 1}.${n}`).join(' ')}`,
  nothingToRate: '您目前没有待评价的工单。',
  // May be said in a group, and an error can quote input.
  failed: (why: string) => `没办成：${redact(why)}`,
  error: '系统繁忙，请稍后再试。',
};
