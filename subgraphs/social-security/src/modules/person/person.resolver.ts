import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SocialSecurityContext } from '../../context';
import { EnrolmentStatus } from '../../enums';
import { InsuranceEnrolment } from '../enrolment/enrolment.type';
import { enrolmentFromRow } from '../enrolment/enrolment.mapper';
import { Employment } from '../employment/employment.type';
import { employmentFromRow } from '../employment/employment.mapper';
import { MarketEntity, marketEntityRef } from '../market-entity/market-entity.type';
import { SocialSecurityCard } from '../card/card.type';
import { cardFromRow } from '../card/card.mapper';
import { UnemploymentRegistration } from '../unemployment/unemployment.type';
import { unemploymentFromRow } from '../unemployment/unemployment.mapper';
import { EmploymentCertificate } from '../certificate/certificate.type';
import { certificateFromRow } from '../certificate/certificate.mapper';
import { Person } from './person.type';

/**
 * What social security adds to a person. Every field reads through the request's loaders,
 * so N persons from the gateway's _entities cost one statement per kind of record.
 */
@Resolver(() => Person)
export class PersonSocialSecurityResolver {
  @FieldResolver(() => [InsuranceEnrolment], { description: 'Insurance enrolments in every scheme, by scheme then oldest first (参保记录)' })
  async insuranceEnrolments(@Root() p: Person, @Ctx() ctx: SocialSecurityContext): Promise<InsuranceEnrolment[]> {
    return (await ctx.data.enrolments.load(p.idNumber)).map(enrolmentFromRow);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'True when enrolled and contributing in some scheme (正常参保); null when social security holds no enrolment for the person',
  })
  async insured(@Root() p: Person, @Ctx() ctx: SocialSecurityContext): Promise<boolean | null> {
    const rows = await ctx.data.enrolments.load(p.idNumber);
    return rows.length ? rows.some((e) => e.status === EnrolmentStatus.ACTIVE) : null;
  }

  @FieldResolver(() => [Employment], { description: 'Employments, current first, then the most recently ended (就业登记)' })
  async employments(@Root() p: Person, @Ctx() ctx: SocialSecurityContext): Promise<Employment[]> {
    return (await ctx.data.employments.load(p.idNumber)).map(employmentFromRow);
  }

  @FieldResolver(() => MarketEntity, { nullable: true, description: 'Employer of the open employment that began last (现工作单位); null when not employed' })
  async currentEmployer(@Root() p: Person, @Ctx() ctx: SocialSecurityContext): Promise<MarketEntity | null> {
    const open = (await ctx.data.employments.load(p.idNumber)).find((e) => e.endDate === null);
    return open ? marketEntityRef(open.employerCreditCode) : null;
  }

  @FieldResolver(() => SocialSecurityCard, { nullable: true, description: 'Social security card (社会保障卡); null when none was issued' })
  async socialSecurityCard(@Root() p: Person, @Ctx() ctx: SocialSecurityContext): Promise<SocialSecurityCard | null> {
    const row = await ctx.data.card.load(p.idNumber);
    return row ? cardFromRow(row) : null;
  }

  @FieldResolver(() => [UnemploymentRegistration], { description: 'Unemployment registrations, most recent first (失业登记)' })
  async unemploymentRegistrations(@Root() p: Person, @Ctx() ctx: SocialSecurityContext): Promise<UnemploymentRegistration[]> {
    return (await ctx.data.unemploymentRegistrations.load(p.idNumber)).map(unemploymentFromRow);
  }

  @FieldResolver(() => EmploymentCertificate, { nullable: true, description: 'Employment-and-entrepreneurship certificate (就业创业证); null when none was issued' })
  async employmentCertificate(@Root() p: Person, @Ctx() ctx: SocialSecurityContext): Promise<EmploymentCertificate | null> {
    const row = await ctx.data.certificate.load(p.idNumber);
    return row ? certificateFromRow(row) : null;
  }
}
