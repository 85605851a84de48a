import { Field, ObjectType } from 'type-graphql';
import { DateTimeISO, type LicenceSeal } from '@hub/kit';

@ObjectType('LicenceSeal', { description: 'An issuer’s seal on a licence: an SM2 signature with SM3 (GB/T 32918, signer ID 1234567812345678) over the seal’s signed info, which names the SM3 digest of the licence’s canonical content' })
export class LicenceSealType {
  @Field(() => String, { description: 'Signature algorithm, SM2-SM3' })
  algorithm!: string;

  @Field(() => String, { description: 'Identifier of the issuer key that signed (see licenceIssuerKeys)' })
  keyId!: string;

  @Field(() => String, { description: 'Credit code of the issuer whose key signed' })
  issuerCode!: string;

  @Field(() => DateTimeISO, { description: 'When it was signed' })
  signedAt!: Date;

  @Field(() => String, { description: 'SM3 of the licence’s canonical content (RFC 8785 JSON), hex' })
  contentDigest!: string;

  @Field(() => String, { description: 'The SM2 signature, DER (GM/T 0009), hex' })
  signature!: string;
}

export function sealType(seal: LicenceSeal): LicenceSealType {
  return Object.assign(new LicenceSealType(), { ...seal, signedAt: new Date(seal.signedAt) });
}
