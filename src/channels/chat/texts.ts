import { isOpenStatus } from '../../vocabulary';
/**
 * Everything the bot says, in one place: short Chinese, no personal data. Group texts never carry
 * a complaint's content, a name or a contact; private texts may quote the person's own ticket.
 */
import { CATEGORIES, CATEGORY_BY_CODE } from '../../classify';
import type { CategoryCode } from '../../classify';
import { describeClock } from '../../clocks/deadlines';
import { statusName } from '../../tickets';
import type { Ticket } from '../../entities/Ticket';
import { redact } from '../../privacy/redact';
import { deadlineText } from '../../clocks/time';

export const categoryName = (c: string) => CATEGORY_BY_CODE[c as CategoryCode]?.name ?? c;

/** A deadline as villagers read it: the one format of src/clocks ("12月7日 24:00"). */
export const dueText = deadlineText;

/**
 * Whom a group reply is for: "@昵称 " with the WeChat display name the group already sees, never
 * a phone or a real name: a nickname with a number in it, or one the message itself gives as the
 * sender's name (`said`: "我是王小明"), is left out and the reply goes without it.
 */
export function atName(name: string | null | undefined, said = ''): string {
  const n = redact((name ?? '').replace(/[\s\u2005]+/g, ' ').trim()).slice(0, 20);
  if (!n || n.includes('***')) return '';
  // The person wrote that this is their real name ("我是王小明…"): it is not repeated.
  if (said.includes(n) && !redact(said).includes(n)) return '';
  return `@${n}\u2005`;
}

/**
 * Which number to call now, from what the text says: fire 119, injury or illness 120, crime,
 * a missing person or someone in water 110. Said with every emergency a villager reports.
 */
export function emergencyCall(text: string): string {
  const t = text.replace(/\s+/g, '');
  const has = (re: RegExp) => re.test(t);
  const trapped = /被困|困住|困在|出不来|压(?:着|住|到)|埋|塌|垮|滑坡|泥石流|山洪|洪水|决堤|溃坝|落水|溺水|掉.{0,3}(?:水|河|塘|井)|冲走/;
  const calls: string[] = [];
  // 119 is fire and rescue (people trapped, floods, gas) in one.
  if (has(/着火|起火|失火|火灾|烧起来|烧着|大火|山火|冒烟|火花|打火|冒火|煤气|燃气|天然气|液化气|漏气/) || has(trapped)) calls.push('火警119');
  if (
    has(
      /摔|跌|晕|昏|不省人事|受伤|伤了|流血|血流|头破|中毒|煤烟|一氧化碳|熏|农药|喝药|吃错药|触电|电到|起不来|没气|没呼吸|心脏|急病|病危|快不行|救命|砍|捅|刀|打伤/,
    ) ||
    has(trapped)
  )
    calls.push('急救120');
  if (has(/打架|打人|持刀|拿刀|砍|捅|杀|抢|偷|行凶|斗殴|走丢|不见了|失踪|找不到|没回来|没回家|投毒|下毒|放毒|落水|溺水|掉.{0,3}(?:水|河|塘|井)|冲走/))
    calls.push('报警110');
  const list = calls.length ? calls : ['报警110', '火警119', '急救120'];
  return `如有人身危险，请立即拨打${list.join('、')}。`;
}

/** The categories a villager can pick when the classifier cannot tell (misconduct goes private). */
export const CATEGORY_CHOICES: CategoryCode[] = CATEGORIES.map((c) => c.code).filter((c) => c !== 'misconduct' && c !== 'other');

export const T = {
  /** `at`: "@昵称 " in a group, '' in private chat; `call`: the emergency numbers, when it is one. */
  filed: (t: Ticket, unitName: string, at = '', call = '') =>
    `${at}${call}已登记，工单号 ${t.number}（${categoryName(t.category)}），由${unitName}办理，预计 ${dueText(t.resolutionDueAt)} 前办结。进度可私聊我发送“查询”。`,
  /** Another villager reported the same problem first: the two are followed together. */
  linked: (firstNumber: string, ownNumber: string, at = '', call = '') =>
    `${at}${call}已有人反映，已合并跟进，工单号 ${firstNumber}。您的反映也已登记（${ownNumber}），办理结果会一并告知您。`,
  filedAgain: (t: Ticket, at = '') => `${at}这个问题已登记过，工单号 ${t.number}，正在办理。`,
  filedOnTimeout: (t: Ticket, unitName: string, at = '') =>
    `${at}您刚才反映的问题已按原内容登记，工单号 ${t.number}（${categoryName(t.category)}），由${unitName}办理，预计 ${dueText(t.resolutionDueAt)} 前办结。`,

  askPlace: (labels: string[], at = '') =>
    labels.length
      ? `${at}请问是哪个村？回复序号：${labels.map((l, i) => `${i + 1}.${l}`).join(' ')}；都不是请回复村名。`
      : `${at}请问是哪个村（社区）的事？请回复村名，如“火车站乡莲荷村”。`,
  askPlaceAgain: '没找到这个地方，请回复序号或“乡镇+村名”；回复“跳过”直接登记。',
  askCategory: () => `请问是哪方面的问题？回复序号：${CATEGORY_CHOICES.map((c, i) => `${i + 1}.${categoryName(c)}`).join(' ')}；或直接补充说明。`,
  askCategoryAgain: '请回复序号，或回复“跳过”直接登记。',

  goPrivate: '此事请私聊我（村声）详细反映，我们会对您的信息严格保密。',
  privateHello: '您好，您在群里反映的情况已收到。为保护您的信息，请在这里补充说明（时间、地点、涉及的人和事）；回复“算了”将按原内容登记。',

  help: '您好，我是村声。反映问题：直接描述，如“反映 莲荷村自来水停了三天”；查询进度：发送“查询”；回访：回复“已解决/未解决”“满意/不满意”。',
  helpGroup: '在群里 @我 或以“反映”开头描述问题即可登记诉求；查询进度请私聊我发送“查询”。',
  // Small talk addressed to the bot: one short line, nothing filed.
  welcome: '不客气，有事随时找我。',
  aboutBot: '我是村声，帮大家登记诉求的小助手。@我 说清什么事、在哪个村，就能登记；查询进度请私聊我。',
  greetGroup: '在的。@我 说清什么事、在哪个村，就能登记诉求。',
  ackPrivate: '收到。如需反映问题，请直接描述什么事、在哪个村。',
  helpStaff: '工作命令：接单 #号｜进展 #号 内容｜办结 #号 说明｜转办 #号 单位｜异议 #号 理由｜查询 #号｜我的待办。领导：包案 #号｜督办 #号 天数。',
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
  supervised: (n: string, due: Date) => `已挂牌督办：${n}，限 ${dueText(due)} 前办结。`,

  ticketLine: (t: Ticket, now: Date, villageName?: string | null) =>
    `${t.number} ${categoryName(t.category)}${villageName ? ` ${villageName}` : ''} ${statusName(t.status)}${!isOpenStatus(t.status) ? '' : ` ${describeClock(now, t.resolutionDueAt)}`}`,
  ticketDetail: (t: Ticket, unitName: string, now: Date, last: string | null) =>
    [
      `工单 ${t.number}（${categoryName(t.category)}）`,
      `状态：${statusName(t.status)}；承办：${unitName}`,
      !isOpenStatus(t.status) ? null : `期限：预计 ${dueText(t.resolutionDueAt)} 前办结（${describeClock(now, t.resolutionDueAt)}）`,
      last ? `最新：${last}` : null,
    ]
      .filter(Boolean)
      .join('\n'),
  confidentialInGroup: (n: string) => `工单 ${n} 涉及对干部的反映，不在群里查询或办理，请私聊我。`,
  noTickets: '您还没有反映过问题。直接描述问题即可登记。',
  myTickets: (lines: string[], more: number) => `您的工单：\n${lines.join('\n')}${more > 0 ? `\n还有 ${more} 件，发送“查询 工单号”查看` : ''}`,
  todo: (lines: string[], more: number) =>
    lines.length ? `待办 ${lines.length + more} 件：\n${lines.join('\n')}${more > 0 ? `\n……还有 ${more} 件` : ''}` : '您目前没有待办工单。',

  rated: (n: string, solved: boolean) => (solved ? `感谢您的评价，工单 ${n} 已销号。` : `收到，工单 ${n} 已重新交办，我们会督促尽快解决。`),
  pickTicket: (numbers: string[]) => `您有多个已办结的工单，请回复序号：${numbers.map((n, i) => `${i + 1}.${n}`).join(' ')}`,
  nothingToRate: '您目前没有待评价的工单。',
  reviewNotFound: '没有找到可以申请复查（复核）的答复。请在收到答复之日起 30 日内发送“复查 工单号 理由”，例如：复查 430502-20261130-0007 路还是没修好。',
  reviewRefused: (number: string, why: string) => `工单 ${number}：${why}。`,
  askRating: '请回复“已解决”或“未解决”，以及“满意”或“不满意”。',
  // May be said in a group, and an error can quote input.
  failed: (why: string) => `没办成：${redact(why)}`,
  error: '系统繁忙，请稍后再试。',
};
