import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, checkSealSignature, JSONObject, licenceToday, LicenceDocumentProblem, parseLicenceDocument, type LicenceDocument } from '@hub/kit';
import type { ELicenseContext } from '../../context';
import { LicenceUseKind, LicenceVerificationResult } from '../../enums';
import { displayOf, maskHolderIn } from '../display/display';
import { parseLicenceCode } from '../display/licenceCode';
import { licenceFromRow } from '../licence/licence.mapper';
import { Licence } from '../licence/licence.type';
import { typeRowOf } from '../licence/typeRowOf';
import { useLicence } from '../licenceUse/licenceAccess';
import { verdictOf } from './verdict';
import { LicenceVerification, verificationOf } from './verification.type';
import { recordOf, verifyHeldLicence } from './verifyLicence';

/**
 * Verification (核验), three ways: a held licence, as a material of a case (a use, recorded);
 * an exported document anyone presents (public: the presenter has the data already); a
 * shown licence's code (亮证码, public: answers only the masked view).
 */
@Resolver(() => Licence)
export class VerificationResolver {
  @FieldResolver(() => LicenceVerification, {
    nullable: true,
    description:
      'Verifies the licence now (核验): its seal, content, status and dates. Under a case or an authorisation this is a use of the licence (用证) and needs its type covered; it is recorded for the holder. Null, with a FORBIDDEN error, when the caller may not use it',
  })
  async verification(@Root() licence: Licence, @Ctx() ctx: ELicenseContext): Promise<LicenceVerification> {
    await useLicence(licence, LicenceUseKind.VERIFY, ctx);
    return verificationOf(await verifyHeldLicence(licence, ctx));
  }

  @Query(() => LicenceVerification, {
    description: 'Verifies an exported licence document (Licence.document) against the issuers’ published keys and the library’s current status; public, since whoever presents the document already holds its data',
  })
  async verifyLicenceDocument(
    @Arg('document', () => JSONObject, { description: 'The document: { format, licence, seal }, as Licence.document exports it' }) raw: Record<string, unknown>,
    @Ctx() ctx: ELicenseContext,
  ): Promise<LicenceVerification> {
    const document = parseDocument(raw);
    const [key, row] = await Promise.all([ctx.data.issuerKey.load(document.seal.keyId), ctx.data.licence.load(document.licence.id)]);
    const record = row ? recordOf(licenceFromRow(row)) : null;
    return verificationOf(verdictOf(document.licence, document.seal, key, record, licenceToday()));
  }

  @Query(() => LicenceVerification, {
    description: 'Verifies a shown licence’s code (亮证码, LicenceDisplay.code): the issuer’s seal, the licence as held, its status and dates; with a genuine code, answers the masked view. Public',
  })
  async verifyLicenceCode(@Arg('code', () => String, { description: 'The scanned code, HUBLIC1.…' }) code: string, @Ctx() ctx: ELicenseContext): Promise<LicenceVerification> {
    const seal = parseLicenceCode(code.trim());
    const [key, row] = await Promise.all([ctx.data.issuerKey.load(seal.keyId), ctx.data.licenceBySealDigest.load(seal.contentDigest)]);
    const base = { keyId: seal.keyId, issuerCode: seal.issuerCode, issuerName: key?.issuerName ?? null, signedAt: new Date(seal.signedAt), status: null, supersededBy: null };
    if (!row) {
      return verificationOf({ ...base, licenceId: '', result: LicenceVerificationResult.UNKNOWN_LICENCE, detail: 'the library holds no licence sealed over this content digest' });
    }
    const licence = licenceFromRow(row);
    const genuine = checkSealSignature(licence.id, seal, key);
    if (genuine.outcome !== 'VALID') return verificationOf({ ...base, licenceId: maskHolderIn(licence.id, licence), result: LicenceVerificationResult[genuine.outcome], detail: genuine.detail });
    const verified = verificationOf(await verifyHeldLicence(licence, ctx), displayOf(licence, await typeRowOf(licence, ctx)));
    // Whoever scans sees the masked view only: no full ID number, not even inside identifiers.
    return Object.assign(verified, {
      licenceId: maskHolderIn(verified.licenceId, licence),
      supersededBy: verified.supersededBy && maskHolderIn(verified.supersededBy, licence),
      reason: maskHolderIn(verified.reason, licence),
    });
  }
}

function parseDocument(raw: unknown): LicenceDocument {
  try {
    return parseLicenceDocument(raw);
  } catch (err) {
    if (err instanceof LicenceDocumentProblem) throw badUserInput(err.field, err.reason);
    throw err;
  }
}
