import { registerEnumType } from 'type-graphql';
import { HolderCodeType, LicenceStatus } from './__generated__/prisma/enums';

// The library's enums, published under the same names as in its database. Both names are
// specific to e-licences so they cannot collide with another department's enums.
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
    CANCELLED: { description: 'Cancelled, e.g. the holder deregistered (注销)' },
    EXPIRED: { description: 'Expired: past its validity end (失效)' },
    WITHDRAWN: { description: 'Withdrawn as a penalty (吊销)' },
  },
});

export { HolderCodeType, LicenceStatus };
