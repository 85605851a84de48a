import { textField, type DataSubjectRule } from '@hub/kit';

/**
 * A household register read by its number is about its head (户主), under the same item
 * names as when read from a person (`household.address`). Reached from a person, it is
 * that person's household and their data.
 */
export const HOUSEHOLD_SUBJECT: DataSubjectRule = {
  type: 'Household',
  subjectOf: (household) => textField(household, 'headIdNumber'),
  identifiers: ['id'],
  nested: 'part-of-enclosing',
  itemPrefix: 'household',
};
