/**
 * Masking (脱敏) of values a purpose did not ask for by name, in the forms used on
 * government screens: enough to recognise, not enough to reuse.
 */
export const SENSITIVE_KINDS = ['ID_NUMBER', 'PHONE', 'ADDRESS', 'NAME'] as const;
export type SensitiveKind = (typeof SENSITIVE_KINDS)[number];

/** 370304199001011234 → 370304********1234 (region code and last four kept). */
export function maskIdNumber(value: string): string {
  if (value.length <= 10) return '*'.repeat(value.length);
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}

/** 13812345678 → 138****5678. */
export function maskPhone(value: string): string {
  if (value.length < 7) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/**
 * 山东省淄博市博山区城东街道峨眉山路12号3单元 → 山东省淄博市博山区城东街道**** : kept up to the
 * town or sub-district (街道/镇/乡), or the first nine characters when none is named.
 */
export function maskAddress(value: string): string {
  const town = /^.*?(街道|镇|乡)/u.exec(value);
  const keep = town ? town[0].length : Math.min(9, Math.floor(value.length / 2));
  return keep >= value.length ? value : `${[...value].slice(0, keep).join('')}****`;
}

/** 张三丰 → 张** : the family name only. */
export function maskName(value: string): string {
  const chars = [...value];
  return chars.length <= 1 ? value : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

export function maskValue(kind: SensitiveKind, value: string): string {
  switch (kind) {
    case 'ID_NUMBER':
      return maskIdNumber(value);
    case 'PHONE':
      return maskPhone(value);
    case 'ADDRESS':
      return maskAddress(value);
    case 'NAME':
      return maskName(value);
  }
}
