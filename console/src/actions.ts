import { CATEGORY_NAMES, DECLINE_REASONS, URGENCY_NAMES } from './labels';

/** One field of an action's form; `key` is the request body's field name (README / OpenAPI). */
export interface Field {
  key: string;
  label: string;
  type: 'text' | 'textarea' | 'bool' | 'number' | 'select' | 'unit' | 'photos' | 'village';
  required?: boolean;
  options?: { value: string; label: string }[];
  min?: number;
  max?: number;
  default?: unknown;
}

const opts = (r: Record<string, string>) => Object.entries(r).map(([value, label]) => ({ value, label }));
const reason = (label = '理由', required = true): Field => ({ key: 'reason', label, type: 'textarea', required });

/** The form behind each action the server offers (GET /tickets/:id/console → actions). */
export const ACTION_FORMS: Record<string, { title: string; fields: Field[]; danger?: boolean }> = {
  accept: { title: '受理', fields: [{ key: 'note', label: '受理意见', type: 'textarea' }] },
  notes: {
    title: '添加办理记录',
    fields: [
      { key: 'text', label: '内容', type: 'textarea', required: true },
      { key: 'public', label: '作为对群众的答复（群众可见）', type: 'bool', default: false },
    ],
  },
  transfer: { title: '转办', fields: [{ key: 'unitId', label: '转至单位', type: 'unit', required: true }, reason('转办理由')] },
  object: { title: '提出异议', fields: [reason('异议理由')] },
  objection: {
    title: '裁定异议',
    fields: [
      { key: 'accept', label: '异议成立（改派）', type: 'bool', default: false },
      { key: 'unitId', label: '改派至单位（异议成立时）', type: 'unit' },
      reason('裁定意见', false),
    ],
  },
  resolve: {
    title: '办结',
    fields: [
      { key: 'text', label: '办理结果', type: 'textarea', required: true },
      { key: 'attachmentIds', label: '现场照片', type: 'photos' },
    ],
  },
  reopen: { title: '重新办理', fields: [reason('原因')] },
  rate: {
    title: '回访',
    fields: [
      { key: 'contactedInTime', label: '是否及时联系', type: 'bool', default: true },
      { key: 'solved', label: '是否解决', type: 'bool', default: true },
      { key: 'satisfied', label: '是否满意', type: 'bool', default: true },
      { key: 'comment', label: '回访记录', type: 'textarea' },
    ],
  },
  close: { title: '销号', fields: [reason('销号说明', false)] },
  merge: { title: '合并到另一工单', fields: [{ key: 'intoId', label: '合并到工单 ID', type: 'number', required: true, min: 1 }] },
  split: { title: '拆分（单独办理）', fields: [reason('拆分理由')] },
  recategorise: {
    title: '更正类别',
    fields: [{ key: 'category', label: '类别', type: 'select', required: true, options: opts(CATEGORY_NAMES) }, reason('更正理由')],
  },
  // The village is picked township → village within the ticket's county (GET /divisions?parent=).
  place: {
    title: '更正地点',
    fields: [
      { key: 'villageCode', label: '村（社区）', type: 'village', required: true },
      { key: 'place', label: '具体地点（可选）', type: 'text' },
      reason('更正理由'),
    ],
  },
  decline: {
    title: '不予受理',
    danger: true,
    fields: [
      {
        key: 'reason',
        label: '不予受理理由',
        type: 'select',
        required: true,
        options: Object.entries(DECLINE_REASONS).map(([value, r]) => ({ value, label: r.name })),
      },
      { key: 'text', label: '说明', type: 'textarea' },
    ],
  },
  urgency: {
    title: '调整紧急程度',
    fields: [{ key: 'urgency', label: '紧急程度', type: 'select', required: true, options: opts(URGENCY_NAMES) }, reason('调整理由')],
  },
  review: { title: '申请复查（复核）', fields: [reason('不服答复的理由')] },
  'take-charge': { title: '领导包案', fields: [{ key: 'note', label: '包案意见', type: 'textarea' }] },
  supervise: {
    title: '挂牌督办',
    fields: [{ key: 'days', label: '限期（天）', type: 'number', required: true, min: 1, max: 90, default: 7 }, reason('督办意见')],
  },
  extension: {
    title: '批准延期',
    fields: [{ key: 'days', label: '延长天数', type: 'number', required: true, min: 1, max: 30, default: 15 }, reason('延期理由')],
  },
};
