import { HENAN_MU, normalize } from '../keywords';

/** Normalised form the rules read: full-width ASCII folded, lower case, no spaces or punctuation. */
export function compact(text: string): string {
  return normalize(text ?? '')
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .replace(HENAN_MU, '没');
}
