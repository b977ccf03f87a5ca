export type { CategoryCode, CategoryDef } from './categories';
export { CATEGORIES, CATEGORY_BY_CODE, MISCONDUCT_OFFICIALS, MISCONDUCT_STRONG, MISCONDUCT_WITH_OFFICIAL } from './categories';
export type { Classification, Urgency } from './classifier';
export { classify, detectUrgency, tokens, similarity, REPEAT_SIMILARITY } from './classifier';
export type { Understanding } from './understand';
export { understand, readsAsComplaint, soundsLikeEmergency, COMPLAINT_THRESHOLD } from './understand';
