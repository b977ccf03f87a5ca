/**
 * The project's words, once. Entity column types, zod enums, policies, presenters, jobs and
 * channel adapters derive their lists from here; nothing copies a list by hand.
 */

const names = <K extends string>(r: Record<K, string>) => r;

// --- Tickets -----------------------------------------------------------------------------------

export const TICKET_STATUS_NAMES = names({
  submitted: '已提交',
  assigned: '已交办',
  accepted: '办理中',
  resolved: '已办结',
  closed: '已销号',
  reopened: '已重办',
  objected: '异议中',
  transferred: '已转办',
  declined: '不予受理',
});
export type TicketStatus = keyof typeof TICKET_STATUS_NAMES;
export const TICKET_STATUSES = Object.keys(TICKET_STATUS_NAMES) as [TicketStatus, ...TicketStatus[]];
/** Still someone's work: the clocks run and the ladder climbs. */
export const OPEN_STATUSES: TicketStatus[] = ['submitted', 'assigned', 'accepted', 'reopened', 'objected', 'transferred'];
/** Waiting for the handling unit's first answer (the response clock runs). */
export const AWAITING_RESPONSE_STATUSES: TicketStatus[] = ['submitted', 'assigned', 'transferred', 'reopened'];
export const isOpenStatus = (s: TicketStatus) => OPEN_STATUSES.includes(s);
/** Answered (办结) or closed out (销号): the clocks have stopped. */
export const FINISHED_STATUSES: TicketStatus[] = TICKET_STATUSES.filter((s) => !OPEN_STATUSES.includes(s));

/**
 * Where a matter stands in the petition procedure (信访工作条例 Art. 35): the petition itself,
 * 复查 of its written answer by the level above, 复核 of the 复查 answer one level higher again.
 * A 复查/复核 is a ticket of its own, linked to the answer it reviews (ticket.reviewOfId).
 */
export const TICKET_STAGE_NAMES = names({
  petition: '信访事项',
  review: '复查',
  recheck: '复核',
});
export type TicketStage = keyof typeof TICKET_STAGE_NAMES;
export const TICKET_STAGES = Object.keys(TICKET_STAGE_NAMES) as [TicketStage, ...TicketStage[]];

/**
 * 不予受理 (信访工作条例 Art. 31–32, 信访条例 Art. 14): matters the petition channel does not take,
 * each with where the petitioner goes instead (named in the notice they are sent).
 */
export const DECLINE_REASONS = {
  litigation: { name: '已经或者依法应当通过诉讼途径解决', route: '请依法向人民法院提起诉讼' },
  arbitration: { name: '已经或者依法应当通过仲裁途径解决', route: '请依法向仲裁机构（如劳动人事争议仲裁委员会）申请仲裁' },
  administrative_review: { name: '已经或者依法应当通过行政复议途径解决', route: '请依法向有权的行政复议机关申请行政复议' },
  other_legal_route: { name: '已经或者依法应当通过其他法定途径解决', route: '请按照有关法律、行政法规规定的程序向有关机关提出' },
  legislature: { name: '属于各级人民代表大会及其常务委员会职权范围', route: '请向有关人民代表大会常务委员会信访工作机构提出' },
  court_procuratorate: { name: '属于人民法院、人民检察院职权范围', route: '请向有关人民法院、人民检察院提出' },
  final_after_recheck: { name: '同一事实和理由已经复核终结', route: '该事项已经复核终结，信访渠道不再受理；如有新的事实和理由，可重新反映' },
  not_a_petition: { name: '不属于信访事项（无具体诉求或非本机关职权）', route: '请向有权处理的机关提出' },
} as const;
export type DeclineReason = keyof typeof DECLINE_REASONS;
export const DECLINE_REASON_CODES = Object.keys(DECLINE_REASONS) as [DeclineReason, ...DeclineReason[]];

export const CHANNEL_NAMES = names({
  wechat_group: '微信群',
  wechat_private: '微信私聊',
  hotline: '热线电话',
  sms: '短信',
  miniprogram: '小程序',
  open311: 'Open311',
  staff: '工作人员登记',
  api: '接口',
});
export type Channel = keyof typeof CHANNEL_NAMES;
export const CHANNELS = Object.keys(CHANNEL_NAMES) as [Channel, ...Channel[]];

export const URGENCY_NAMES = names({
  emergency: '紧急',
  utilities: '水电气暖',
  ordinary: '一般',
  complex: '复杂',
});
export type Urgency = keyof typeof URGENCY_NAMES;
export const URGENCIES = Object.keys(URGENCY_NAMES) as [Urgency, ...Urgency[]];

export const CATEGORY_NAMES = names({
  water: '饮水安全',
  housing: '住房安全',
  education: '教育',
  medical: '医疗保障',
  welfare: '低保救助',
  wages: '欠薪就业',
  poverty_policy: '帮扶政策',
  infrastructure: '道路水电设施',
  dispute: '矛盾纠纷',
  misconduct: '干部作风',
  other: '其他',
});
export type CategoryCode = keyof typeof CATEGORY_NAMES;
export const CATEGORY_CODES = Object.keys(CATEGORY_NAMES) as [CategoryCode, ...CategoryCode[]];
/** Reports against officials: the discipline commission's alone, never the accused's (信访工作条例 Art. 30, 46). */
export const MISCONDUCT: CategoryCode = 'misconduct';

/** Kinds of history entries on a ticket. Public ones are shown to the petitioner and in Open311. */
export const PUBLIC_EVENT_TYPES = [
  'created',
  'assigned',
  'accepted',
  'transferred',
  'reply',
  'resolved',
  'reopened',
  'rated',
  'closed',
  'merged',
  'split',
  'extension_approved',
  // The working-day calendar changed (calendar:import) and moved a deadline; public only when a
  // legal deadline the petitioner was told of moved (src/tickets/commands/recompute-clocks.ts).
  'deadlines_recomputed',
  'declined',
  'review_requested',
  'review_opened',
  'final',
] as const;

/** How a history entry reads to a villager or cadre (chat answers, Open311 status notes). */
export const EVENT_NAMES: Record<string, string> = names({
  created: '已登记',
  assigned: '已交办',
  accepted: '已受理',
  transferred: '已转办',
  reply: '办理进展',
  resolved: '已办结',
  reopened: '已重新交办',
  rated: '已回访',
  closed: '已销号',
  merged: '已合并办理',
  split: '已拆分单独办理',
  extension_approved: '延期办理',
  deadlines_recomputed: '办理期限调整',
  declined: '不予受理',
  review_requested: '已申请复查（复核）',
  review_opened: '复查（复核）已立案',
  final: '已终结',
  note: '内部备注',
  objected: '承办单位提出异议',
  leader_took_charge: '领导包案',
  supervised: '挂牌督办',
  urgency_changed: '紧急程度调整',
  recategorised: '类别调整',
  place_corrected: '地点更正',
  duplicate_linked: '已关联相同问题',
  merged_from: '已并入相同问题的工单',
  split_from: '关联工单已拆分单独办理',
  objection_upheld: '异议成立，改由他单位办理',
  objection_rejected: '异议不成立，原单位继续办理',
  repeat_unlinked: '不再计为重复信访',
  handed_over: '承办人离岗或调岗，改由他人承办',
});

// --- Units, people, tokens -------------------------------------------------------------------

export const UNIT_KIND_NAMES = names({
  township_gov: '乡镇人民政府',
  petition_office: '信访局',
  discipline: '纪委监委',
  water_bureau: '水利局',
  housing_bureau: '住建局',
  education_bureau: '教育局',
  medical_security_bureau: '医保局',
  civil_affairs_bureau: '民政局',
  hrss_bureau: '人社局',
  rural_revitalization_bureau: '乡村振兴局',
  village_committee: '村（居）委会',
  county_gov: '县级人民政府',
  city_gov: '市级人民政府',
});
export type UnitKind = keyof typeof UNIT_KIND_NAMES;
export const UNIT_KINDS = Object.keys(UNIT_KIND_NAMES) as [UnitKind, ...UnitKind[]];

/**
 * API token roles. sysadmin: system-wide, issued only by the CLI; admin: one county's
 * administration; bot: the WeChat bot process; channel: an intake relay (hotline, SMS, Open311).
 */
export const TOKEN_ROLES = ['sysadmin', 'admin', 'bot', 'channel', 'cadre', 'leader', 'villager'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

// --- Messages ------------------------------------------------------------------------------------

export const OUTBOX_CHANNELS = ['wechat_room', 'wechat_contact', 'sms', 'wecom', 'mp_subscribe', 'staff'] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];
/** held: a staff notice waiting for its recipient to bind WeChat (sent as one digest when they do). */
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'dead', 'held'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** What an outbound message is about (outbox_message.kind): notices to staff and petitioners. */
export const MESSAGE_TYPES = [
  'ticket_assigned',
  'ticket_created',
  'ticket_accepted',
  'ticket_reply',
  'ticket_reopened',
  'followup',
  'objection',
  'leader_took_charge',
  'supervised',
  'extension',
  'escalation',
  'escalation_warning',
  'daily_summary',
  'followup_reply',
  'declined',
  'review',
  'urgency_changed',
  'emergency',
  'notice_digest',
  'duplicate_linked',
] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];
/**
 * Notices that must reach staff at once whatever the hour (danger to life or property): quiet
 * hours and rest days never hold them back. The outbox keys on the message kind.
 */
export const IMMEDIATE_MESSAGE_TYPES: readonly MessageType[] = ['emergency'];
