import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ELicenseContext } from '../../context';
import { heldLicences } from '../licence/heldLicences';
import { Licence } from '../licence/licence.type';
import { Person } from './person.type';

/** What the e-licence library adds to a person: the licences issued to their citizen ID number. */
@Resolver(() => Person)
export class PersonLicenceResolver {
  @FieldResolver(() => [Licence], { description: 'Licences held by the person (持有的电子证照), oldest issue first, whatever their status' })
  licences(
    @Root() person: Person,
    @Arg('types', () => [String], { nullable: true, description: 'Only these licence type codes (证照类型代码); all when omitted' })
    types: string[] | null | undefined,
    @Ctx() ctx: ELicenseContext,
  ): Promise<Licence[]> {
    return heldLicences(() => ctx.data.personLicences.load(person.idNumber), types, ctx);
  }
}
