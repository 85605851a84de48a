import { Field, ObjectType } from 'type-graphql';
import { DateTimeISO } from '@hub/kit';
import { FieldStatus } from '../../enums';
import { FieldSource } from '../prefill/prefill.type';

@ObjectType({ description: 'A prefilled value as it first came back, kept whatever corrections follow (原始预填值)' })
export class OriginalValue {
  @Field(() => String, { nullable: true, description: 'The value prefilled; null when none was' })
  value!: string | null;

  @Field(() => FieldStatus, { description: 'Its status when prefilled' })
  status!: FieldStatus;

  @Field(() => FieldSource, { nullable: true, description: 'Where it came from; null for a field the applicant was asked' })
  source!: FieldSource | null;
}

@ObjectType({ description: 'A clerk’s correction of a prefilled field (窗口更正), with the reason; the original value and its source are kept' })
export class FieldCorrection {
  @Field(() => String, { description: 'Correction identifier' })
  id!: string;

  @Field(() => String, { description: 'The prefill corrected' })
  prefillId!: string;

  @Field(() => String, { description: 'Field key, e.g. applicant.phone' })
  key!: string;

  @Field(() => String, { description: 'The corrected value (更正后的值)' })
  value!: string;

  @Field(() => String, { description: 'Why the clerk corrected it (更正理由)' })
  reason!: string;

  @Field(() => String, { description: 'Account of the clerk who corrected it' })
  correctedBy!: string;

  @Field(() => DateTimeISO, { description: 'When it was corrected' })
  correctedAt!: Date;

  @Field(() => OriginalValue, { description: 'The value, status and source as prefilled' })
  original!: OriginalValue;
}
