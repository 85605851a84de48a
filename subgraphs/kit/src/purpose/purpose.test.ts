import fc from 'fast-check';
import { generateContextKeys } from '../trust/keys';
import { maskAddress, maskIdNumber, maskPhone } from './mask';
import { grantPath, PathSet } from './paths';
import { PurposeRefused, PurposeSigner, PurposeVerifier } from './purposeToken';
import type { PurposeGrant } from './purposeGrant';

describe('grant paths', () => {
  it('drop list filters and markers', () => {
    expect(grantPath('person.insuranceEnrolments[scheme=URBAN_RURAL_RESIDENT_PENSION].startDate')).toBe('person.insuranceEnrolments.startDate');
    expect(grantPath('person.household.members[].person.name')).toBe('person.household.members.person.name');
  });

  it('read a named path in full, below it masked, above it only to walk through, elsewhere nothing', () => {
    const paths = new PathSet(['person.household.address', 'person.licences']);
    expect(paths.leaf('person.household.address')).toBe('FULL');
    expect(paths.walk('person.household')).toBe(true);
    expect(paths.leaf('person.household.id')).toBe('NONE');
    expect(paths.leaf('person.licences.holderCode')).toBe('MASKED');
    expect(paths.walk('person.licences.type')).toBe(true);
    expect(paths.leaf('person.phone')).toBe('NONE');
    expect(paths.walk('person.benefits')).toBe(false);
    expect(new PathSet(['*']).leaf('anything.at.all')).toBe('FULL');
  });
});

describe('masking', () => {
  it('keeps what identifies a record on screen and hides the rest', () => {
    expect(maskIdNumber('370304199001011234')).toBe('370304********1234');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskAddress('山东省淄博市博山区城东街道峨眉山路12号3单元')).toBe('山东省淄博市博山区城东街道****');
  });

  it('never returns the value it was given, for any ID number or phone', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{17}[\dX]$/), (id) => maskIdNumber(id) !== id && maskIdNumber(id).length === id.length));
    fc.assert(fc.property(fc.stringMatching(/^1\d{10}$/), (phone) => maskPhone(phone) !== phone));
  });
});

describe('purpose grants', () => {
  const grant: PurposeGrant = { basis: 'CASE', id: 'c1', matter: 'YJS-001', matterName: '开办餐馆', centre: 'X', subjects: ['s'], paths: ['person.name'], licenceTypes: [] };

  it('verify when intake signed them, and not otherwise', async () => {
    const keys = generateContextKeys();
    const token = await new PurposeSigner(keys.signingKey).sign(grant);
    await expect(new PurposeVerifier(keys.verifyKey).verify(token)).resolves.toEqual(grant);
    await expect(new PurposeVerifier(generateContextKeys().verifyKey).verify(token)).rejects.toThrow(PurposeRefused);
    const [h, , sig] = token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ grant: { ...grant, paths: ['*'] }, iss: 'one-window-hub:intake', iat: 1, exp: 9e9 })).toString('base64url')}.${sig}`;
    await expect(new PurposeVerifier(keys.verifyKey).verify(forged)).rejects.toThrow(/not valid/);
  });

  it('expire, and say so', async () => {
    const keys = generateContextKeys();
    const old = Math.floor(Date.now() / 1000) - 3600;
    const token = await new PurposeSigner(keys.signingKey).sign(grant, undefined, old);
    await expect(new PurposeVerifier(keys.verifyKey).verify(token)).rejects.toThrow('the purpose grant has expired; ask intake for a new one');
  });
});
