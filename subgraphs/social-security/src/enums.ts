import { registerEnumType } from 'type-graphql';
import { CardStatus, EnrolmentStatus, InsuranceScheme, UnemploymentStatus } from './__generated__/prisma/enums';

// The department's enums, published under the same names as in its database.
registerEnumType(InsuranceScheme, {
  name: 'InsuranceScheme',
  description: 'Social insurance scheme (险种)',
  valuesConfig: {
    ENTERPRISE_EMPLOYEE_PENSION: { description: 'Enterprise employee basic pension insurance (企业职工基本养老保险)' },
    URBAN_RURAL_RESIDENT_PENSION: { description: 'Urban and rural resident basic pension insurance (城乡居民基本养老保险)' },
    UNEMPLOYMENT: { description: 'Unemployment insurance (失业保险)' },
    WORK_INJURY: { description: 'Work-injury insurance (工伤保险)' },
  },
});
registerEnumType(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  description: 'State of an insurance enrolment (参保状态)',
  valuesConfig: {
    ACTIVE: { description: 'Enrolled and contributing (正常参保)' },
    SUSPENDED: { description: 'Contributions suspended (暂停缴费)' },
    TERMINATED: { description: 'Enrolment terminated (终止参保)' },
  },
});
registerEnumType(CardStatus, {
  name: 'CardStatus',
  description: 'State of a social security card (社保卡状态)',
  valuesConfig: {
    ACTIVE: { description: 'In use (正常)' },
    LOST: { description: 'Reported lost (挂失)' },
    CANCELLED: { description: 'Cancelled (注销)' },
  },
});
registerEnumType(UnemploymentStatus, {
  name: 'UnemploymentStatus',
  description: 'State of an unemployment registration (失业登记状态)',
  valuesConfig: {
    REGISTERED: { description: 'Registration in force (失业登记有效)' },
    ENDED: { description: 'Ended: re-employed or cancelled (已就业/注销)' },
  },
});

export { CardStatus, EnrolmentStatus, InsuranceScheme, UnemploymentStatus };
