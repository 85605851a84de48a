import { generateKeyPairSync } from 'node:crypto';
import { contextKeysAsPem, generateContextKeys, readSubgraphConfig } from '@hub/kit';
import { readAuthConfig } from '../src/auth/authConfig';
import { readGatewayConfig } from '../src/config';
import { DEFAULT_RATE_LIMITS } from '../src/limits/rateLimits';

/** What the gateway and departments read from their environment, and what they refuse to start without. */
describe('trust configuration', () => {
  const { signingKeyPem, verifyKeyPem } = contextKeysAsPem(generateContextKeys());

  it('takes the context keys as PEM from the environment', () => {
    expect(readGatewayConfig({ HUB_CONTEXT_SIGNING_KEY: signingKeyPem }).contextSigningKey.asymmetricKeyType).toBe('ed25519');
    const purpose = contextKeysAsPem(generateContextKeys());
    const config = readSubgraphConfig('civil-affairs', 4101, { HUB_CONTEXT_VERIFY_KEY: verifyKeyPem, HUB_PURPOSE_VERIFY_KEY: purpose.verifyKeyPem });
    expect(config.contextVerifyKey.type).toBe('public');
    expect(config.purposeVerifyKey.type).toBe('public');
  });

  it('refuses to start without them, saying which setting is missing', () => {
    expect(() => readGatewayConfig({})).toThrow(/HUB_CONTEXT_SIGNING_KEY \(or HUB_CONTEXT_SIGNING_KEY_FILE\) is not set/);
    expect(() => readSubgraphConfig('civil-affairs', 4101, {})).toThrow(/HUB_CONTEXT_VERIFY_KEY \(or HUB_CONTEXT_VERIFY_KEY_FILE\) is not set/);
    const ecKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'pem', type: 'spki' }).toString();
    expect(() => readSubgraphConfig('civil-affairs', 4101, { HUB_CONTEXT_VERIFY_KEY: ecKey })).toThrow('HUB_CONTEXT_VERIFY_KEY must be an Ed25519 key, not ec');
    expect(() => readSubgraphConfig('civil-affairs', 4101, { HUB_CONTEXT_VERIFY_KEY: verifyKeyPem })).toThrow(/HUB_PURPOSE_VERIFY_KEY \(or HUB_PURPOSE_VERIFY_KEY_FILE\) is not set/);
  });

  it('in development trusts the development issuer, in production only a configured one', () => {
    expect(readAuthConfig({}, false)).toMatchObject({ devIssuer: true, issuers: [], audience: 'one-window-hub' });
    expect(() => readAuthConfig({}, true)).toThrow(/production needs a trusted token issuer/);
    const env = { HUB_JWT_ISSUER: 'https://idp.example/realms/hub', HUB_JWT_AUDIENCE: 'hub', HUB_JWKS_PATH: '/etc/hub/jwks.json', HUB_JWT_ALGORITHMS: 'ES256' };
    expect(readAuthConfig(env, true)).toEqual({
      audience: 'hub',
      issuers: [{ issuer: 'https://idp.example/realms/hub', jwksPath: '/etc/hub/jwks.json', algorithms: ['ES256'] }],
      devIssuer: false,
      clockToleranceSeconds: 10,
    });
  });

  it('accepts only asymmetric algorithms, and an issuer only with its keys', () => {
    expect(() => readAuthConfig({ HUB_JWT_ISSUER: 'i', HUB_JWKS_URL: 'https://idp/jwks', HUB_JWT_ALGORITHMS: 'HS256' }, true)).toThrow(/HS256 is not an asymmetric/);
    expect(() => readAuthConfig({ HUB_JWT_ISSUER: 'i' }, true)).toThrow(/neither HUB_JWKS_PATH nor HUB_JWKS_URL/);
  });

  it('reads rate limits, with generous defaults', () => {
    const config = readGatewayConfig({ HUB_CONTEXT_SIGNING_KEY: signingKeyPem, HUB_RATE_LIMIT_PER_CALLER: '5' });
    expect(config.rateLimits).toEqual({ ...DEFAULT_RATE_LIMITS, perCaller: 5 });
    expect(() => readGatewayConfig({ HUB_CONTEXT_SIGNING_KEY: signingKeyPem, HUB_RATE_LIMIT_WINDOW_SECONDS: '0' })).toThrow(/positive whole number/);
  });
});
