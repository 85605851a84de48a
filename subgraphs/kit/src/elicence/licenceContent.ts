import { createHash } from 'node:crypto';
import { canonicalJson } from './canonicalJson';

/**
 * What an issuer signs about a licence (GB/T 36903 core metadata and the surface data,
 * 照面信息): everything printed on it and everything that identifies it. Not its status —
 * that changes after signing (revoked, cancelled) and is answered by the library.
 */
export const LICENCE_CONTENT_FORMAT = 'hub-elicence/1';

/** 持证主体代码类型: 111 citizen ID number, 001 unified social credit code (GB/T 36903). */
export type HolderCodeTypeCode = '111' | '001';

export interface LicenceContent {
  /** 电子证照标识 (GB/T 36904). */
  id: string;
  /** 证照名称. */
  name: string;
  /** 证照类型代码. */
  typeCode: string;
  /** 证照编号. */
  number: string;
  /** 持证主体, 持证主体代码, 持证主体代码类型. */
  holder: { name: string; code: string; codeType: HolderCodeTypeCode };
  /** 发证机构, 发证机构代码. */
  issuer: { name: string; code: string };
  /** 发证日期, YYYY-MM-DD. */
  issuedOn: string;
  /** 有效期起始日期. */
  validFrom: string;
  /** 有效期截止日期, inclusive; null when valid indefinitely (长期). */
  validUntil: string | null;
  /** 管辖区域: 6-digit division code. */
  jurisdiction: string;
  /** 照面信息, keyed as the licence type's surface fields. */
  surfaceData: Record<string, unknown>;
}

/**
 * The signed bytes of a licence: UTF-8 of the canonical JSON (RFC 8785) of the content with
 * `format` added. Throws CanonicalJsonError for content that is not JSON.
 */
export function licenceContentBytes(content: LicenceContent): Buffer {
  const { id, name, typeCode, number, holder, issuer, issuedOn, validFrom, validUntil, jurisdiction, surfaceData } = content;
  const canonical = canonicalJson({
    format: LICENCE_CONTENT_FORMAT,
    id, name, typeCode, number,
    holder: { name: holder.name, code: holder.code, codeType: holder.codeType },
    issuer: { name: issuer.name, code: issuer.code },
    issuedOn, validFrom, validUntil, jurisdiction, surfaceData,
  });
  return Buffer.from(canonical, 'utf8');
}

/** SM3 of the signed bytes, lower-case hex: the content digest a seal names. */
export function licenceContentDigest(content: LicenceContent): string {
  return createHash('sm3').update(licenceContentBytes(content)).digest('hex');
}
