import { registerEnumType } from 'type-graphql';
import { HolderCodeType, LicenceEventKind, LicenceStatus, LicenceUseKind } from './__generated__/prisma/enums';

// The library's enums, published under the same names as in its database. Every name is
// specific to e-licences so that none collides with another department's enums.
registerEnumType(HolderCodeType, {
  name: 'HolderCodeType',
  description: 'Kind of code identifying a licence holder (持证主体代码类型), GB/T 36903',
  valuesConfig: {
    CITIZEN_ID: { description: '111 citizen ID number (公民身份号码)' },
    CREDIT_CODE: { description: '001 unified social credit code (统一社会信用代码)' },
  },
});
registerEnumType(LicenceStatus, {
  name: 'LicenceStatus',
  description: 'Status of an issued licence (证照状态)',
  valuesConfig: {
    VALID: { description: 'Valid (有效)' },
    REVOKED: { description: 'Revoked by the issuer (撤销)' },
    CANCELLED: { description: 'Cancelled, e.g. the holder deregistered or a renewal replaced it (注销)' },
    EXPIRED: { description: 'Expired: past its validity end (失效)' },
    WITHDRAWN: { description: 'Withdrawn as a penalty (吊销)' },
  },
});
registerEnumType(LicenceEventKind, {
  name: 'LicenceEventKind',
  description: 'A step in a licence’s lifecycle (证照历史)',
  valuesConfig: {
    ISSUED: { description: 'Issued (签发)' },
    RENEWED: { description: 'Issued as the next version of another licence (换发/延续)' },
    SUPERSEDED: { description: 'Replaced by its renewal' },
    REVOKED: { description: 'Revoked (撤销)' },
    CANCELLED: { description: 'Cancelled (注销)' },
    WITHDRAWN: { description: 'Withdrawn as a penalty (吊销)' },
    EXPIRED: { description: 'Past its validity end (失效)' },
  },
});
registerEnumType(LicenceUseKind, {
  name: 'LicenceUseKind',
  description: 'How a licence was used under a purpose grant (用证)',
  valuesConfig: {
    READ_SURFACE: { description: 'Its full surface data (照面信息) was read' },
    VERIFY: { description: 'It was verified as a material of a case (核验)' },
    EXPORT: { description: 'It was exported as a sealed document' },
  },
});

/** Why a licence does or does not verify (核验结果). */
export enum LicenceVerificationResult {
  VALID = 'VALID',
  SURFACE_ALTERED = 'SURFACE_ALTERED',
  SIGNATURE_INVALID = 'SIGNATURE_INVALID',
  UNKNOWN_ISSUER = 'UNKNOWN_ISSUER',
  UNKNOWN_LICENCE = 'UNKNOWN_LICENCE',
  EXPIRED = 'EXPIRED',
  NOT_YET_VALID = 'NOT_YET_VALID',
  REVOKED = 'REVOKED',
  CANCELLED = 'CANCELLED',
  WITHDRAWN = 'WITHDRAWN',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(LicenceVerificationResult, {
  name: 'LicenceVerificationResult',
  description: 'The outcome of verifying a licence (核验结果): VALID, or precisely why not',
  valuesConfig: {
    VALID: { description: 'Sealed by its issuer, unaltered, in force and within its validity' },
    SURFACE_ALTERED: { description: 'The issuer’s seal is genuine but covers other data: the licence was changed after sealing (照面信息被篡改)' },
    SIGNATURE_INVALID: { description: 'The seal is not a valid signature of the key it names, or there is no seal (签名无效)' },
    UNKNOWN_ISSUER: { description: 'No published key of the licence’s issuer matches the seal (发证机构未知)' },
    UNKNOWN_LICENCE: { description: 'A genuine seal, but the library holds no licence with this identifier, so its status cannot be confirmed' },
    EXPIRED: { description: 'Past its last valid day (失效)' },
    NOT_YET_VALID: { description: 'Before its first valid day' },
    REVOKED: { description: 'Revoked by the issuer (撤销)' },
    CANCELLED: { description: 'Cancelled (注销)' },
    WITHDRAWN: { description: 'Withdrawn as a penalty (吊销)' },
    SUPERSEDED: { description: 'Replaced by a renewal (换发): the newer version is the one in force' },
  },
});

/** How a licence is ended by its issuer. */
export enum LicenceEnding {
  REVOKED = 'REVOKED',
  CANCELLED = 'CANCELLED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(LicenceEnding, {
  name: 'LicenceEnding',
  description: 'How an issuer ends a licence before its validity runs out',
  valuesConfig: {
    REVOKED: { description: 'Revoke (撤销), e.g. issued in error or on false materials' },
    CANCELLED: { description: 'Cancel (注销), e.g. the holder deregistered' },
    WITHDRAWN: { description: 'Withdraw as a penalty (吊销)' },
  },
});

/** What a surface item holds: how it is checked on issue and masked on display. */
export enum SurfaceValueType {
  TEXT = 'TEXT',
  NAME = 'NAME',
  ID_NUMBER = 'ID_NUMBER',
  CREDIT_CODE = 'CREDIT_CODE',
  ADDRESS = 'ADDRESS',
  DATE = 'DATE',
  PERMIT_LIST = 'PERMIT_LIST',
}
registerEnumType(SurfaceValueType, {
  name: 'SurfaceValueType',
  description: 'What a surface item (照面信息项) holds; NAME, ID_NUMBER and ADDRESS are partly hidden on display (亮证)',
  valuesConfig: {
    TEXT: { description: 'Text' },
    NAME: { description: 'A person’s name (masked on display)' },
    ID_NUMBER: { description: 'A citizen ID number, GB 11643 (masked on display)' },
    CREDIT_CODE: { description: 'A unified social credit code, GB 32100' },
    ADDRESS: { description: 'An address (masked on display)' },
    DATE: { description: 'A date as printed, e.g. 2024年3月1日' },
    PERMIT_LIST: { description: 'The permits an industry comprehensive licence carries (一证制): a list of { 名称, 编号, 有效期至 }' },
  },
});

export { HolderCodeType, LicenceEventKind, LicenceStatus, LicenceUseKind };
