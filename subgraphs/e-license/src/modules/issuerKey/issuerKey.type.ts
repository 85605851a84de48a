import { Field, ObjectType } from 'type-graphql';
import { DateTimeISO, sm2PublicKeyPem, parseSm2PublicKey, type PublishedIssuerKey } from '@hub/kit';

@ObjectType({ description: 'An issuer’s published signing key (发证机构签名公钥): with it and a licence document anyone can verify the licence offline' })
export class LicenceIssuerKey {
  @Field(() => String, { description: 'Key identifier, as a seal names it: the first 16 hex characters of SM3 over the public key' })
  keyId!: string;

  @Field(() => String, { description: 'The issuing organ’s unified social credit code (发证机构代码)' })
  issuerCode!: string;

  @Field(() => String, { description: 'The issuing organ (发证机构)' })
  issuerName!: string;

  @Field(() => String, { description: 'SM2-SM3: SM2 signatures (GB/T 32918.2) over an SM3 digest with the signer ID below' })
  algorithm!: string;

  @Field(() => String, { description: 'The SM2 signer ID (用户身份标识) in Z_A; 1234567812345678, the default of GM/T 0009' })
  signerId!: string;

  @Field(() => String, { description: 'The public key as an uncompressed point, 04 ‖ x ‖ y, hex (the form sm-crypto and most SM2 tools take)' })
  publicKey!: string;

  @Field(() => String, { description: 'The public key as SPKI PEM (id-ecPublicKey on the SM2 curve), the form OpenSSL reads' })
  publicKeyPem!: string;

  @Field(() => DateTimeISO, { description: 'When the key started signing' })
  activatedAt!: Date;

  @Field(() => DateTimeISO, { nullable: true, description: 'When the key stopped signing; seals made before still verify, later ones do not' })
  retiredAt!: Date | null;
}

export function issuerKeyType(key: PublishedIssuerKey): LicenceIssuerKey {
  const point = parseSm2PublicKey(key.publicKey);
  return Object.assign(new LicenceIssuerKey(), {
    ...key,
    publicKeyPem: point ? sm2PublicKeyPem(point) : '',
    activatedAt: new Date(key.activatedAt),
    retiredAt: key.retiredAt ? new Date(key.retiredAt) : null,
  });
}
