import { registerEnumType } from 'type-graphql';
import { BenefitKind, BenefitStatus, Gender, HouseholdRelation, MaritalStatus, MarriageRegistrationKind } from './__generated__/prisma/enums';

// The department's enums, published under the same names as in its database.
registerEnumType(Gender, { name: 'Gender', description: 'Gender as registered (性别)' });
registerEnumType(MaritalStatus, { name: 'MaritalStatus', description: 'Marital status (婚姻状况)' });
registerEnumType(HouseholdRelation, { name: 'HouseholdRelation', description: 'Relation to the head of household (与户主关系)' });
registerEnumType(MarriageRegistrationKind, { name: 'MarriageRegistrationKind', description: 'Marriage or divorce registration (婚姻登记类别)' });
registerEnumType(BenefitKind, { name: 'BenefitKind', description: 'Kind of social assistance (社会救助类别)' });
registerEnumType(BenefitStatus, { name: 'BenefitStatus', description: 'Whether a benefit is being paid' });

export { BenefitKind, BenefitStatus, Gender, HouseholdRelation, MaritalStatus, MarriageRegistrationKind };
