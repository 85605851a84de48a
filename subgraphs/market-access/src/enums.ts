import { registerEnumType } from 'type-graphql';
import { MarketEntityKind, MarketEntityStatus, PermitKind, PermitStatus } from './__generated__/prisma/enums';

// The department's enums, published under the same names as in its database.
registerEnumType(MarketEntityKind, {
  name: 'MarketEntityKind',
  description: 'Kind of market entity (市场主体类型), as coded in the credit code: 91 enterprise, 92 individual business, 93 farmer cooperative',
  valuesConfig: {
    ENTERPRISE: { description: 'Enterprise (企业)' },
    INDIVIDUAL_BUSINESS: { description: 'Individual business (个体工商户)' },
    FARMER_COOPERATIVE: { description: "Farmers' specialised cooperative (农民专业合作社)" },
  },
});
registerEnumType(MarketEntityStatus, {
  name: 'MarketEntityStatus',
  description: 'Registration status of a market entity (登记状态)',
  valuesConfig: {
    ACTIVE: { description: 'In existence (存续)' },
    REVOKED: { description: 'Business licence revoked (吊销)' },
    CANCELLED: { description: 'Deregistered (注销)' },
  },
});
registerEnumType(PermitKind, {
  name: 'PermitKind',
  description: 'Kind of administrative permit (行政许可类别)',
  valuesConfig: {
    FOOD_BUSINESS: { description: 'Food business licence (食品经营许可)' },
    FOOD_PRODUCTION: { description: 'Food production licence (食品生产许可)' },
    INDUSTRY_COMPREHENSIVE: { description: 'Industry comprehensive licence (行业综合许可), one licence for one business type' },
  },
});
registerEnumType(PermitStatus, {
  name: 'PermitStatus',
  description: 'Whether a permit is in force (许可状态)',
  valuesConfig: {
    VALID: { description: 'In force (有效)' },
    EXPIRED: { description: 'Past its validity (过期)' },
    REVOKED: { description: 'Revoked (撤销)' },
  },
});

export { MarketEntityKind, MarketEntityStatus, PermitKind, PermitStatus };
