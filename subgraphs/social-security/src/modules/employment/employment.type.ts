import { Field, ObjectType } from 'type-graphql';
import { CalendarDate, DateTimeISO, Fen } from '@hub/kit';
import { MarketEntity } from '../market-entity/market-entity.type';

@ObjectType({ description: 'An employment relationship recorded by social security (用工登记/就业登记)' })
export class Employment {
  @Field(() => String, { description: 'Employment record number' })
  id!: string;

  @Field(() => MarketEntity, { description: 'The employer (用人单位); market regulation adds its registration facts' })
  employer!: MarketEntity;

  @Field(() => String, { description: 'Employer name as recorded when the employment was registered (单位名称)' })
  employerName!: string;

  @Field(() => String, { description: 'Position or job title (岗位)' })
  position!: string;

  @Field(() => CalendarDate, { description: 'First day of employment (入职日期)' })
  startDate!: Date;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day of employment; null while employed (离职日期)' })
  endDate!: Date | null;

  @Field(() => Boolean, { description: 'True while the employment is open (在职)' })
  current!: boolean;

  @Field(() => Fen, { description: 'Monthly wage in fen (月工资, 分)' })
  monthlyWageFen!: number;

  @Field(() => DateTimeISO, { description: 'When social security last confirmed this record (数据时点)' })
  asOf!: Date;
}
