import { textField, type DataSubjectRule } from '@hub/kit';
import { HolderCodeType } from '../../enums';

/**
 * A licence read by its identifier is about its holder when the holder is a person (code
 * type 111), under the same item names as when read from the person (`licences.number`).
 * A market entity's licence is not personal data.
 */
export const LICENCE_SUBJECT: DataSubjectRule = {
  type: 'Licence',
  subjectOf: (licence) => (textField(licence, 'holderCodeType') === HolderCodeType.CITIZEN_ID ? textField(licence, 'holderCode') : null),
  identifiers: ['id'],
  nested: 'part-of-enclosing',
  itemPrefix: 'licences',
};
