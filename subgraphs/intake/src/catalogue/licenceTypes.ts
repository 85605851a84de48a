/**
 * Licence type codes (证照类型代码) of the e-licence library's catalogue (证照目录) that intake
 * materials can be replaced by: the defining authority's credit code plus a 3-digit
 * sequence, as the library publishes them in `licenceTypes`. A test checks each against the
 * library's own catalogue through the gateway.
 */
export const LICENCE_TYPE = {
  /** 居民身份证 resident identity card */
  ID_CARD: '11100000000000013W001',
  /** 营业执照 business licence */
  BUSINESS_LICENCE: '11100000000000027A001',
  /** 食品经营许可证 food business licence */
  FOOD_BUSINESS: '11100000000000027A002',
  /** 结婚证 marriage certificate */
  MARRIAGE: '11100000000000031Q001',
  /** 社会保障卡 social security card */
  SOCIAL_SECURITY_CARD: '11100000000000042W001',
  /** 就业创业证 employment and entrepreneurship certificate */
  EMPLOYMENT_CERTIFICATE: '11100000000000042W002',
  /** 行业综合许可证 industry comprehensive licence */
  INDUSTRY_COMPREHENSIVE: '11100000000000001M001',
} as const;
