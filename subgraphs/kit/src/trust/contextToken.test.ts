import { SignJWT } from 'jose';
import type { HubContext } from '../hubContext';
import { CONTEXT_TOKEN_ISSUER, CONTEXT_TOKEN_TYPE, departmentAudience, HubContextSigner, HubContextVerifier } from './contextToken';
import { generateContextKeys } from './keys';

const keys = generateContextKeys();
const signer = new HubContextSigner(keys.signingKey);
const verifier = new HubContextVerifier(keys.verifyKey, 'civil-affairs');
const now = () => Math.floor(Date.now() / 1000);

const system: HubContext = {
  caller: { id: 'system-social-security', role: 'DEPARTMENT_SYSTEM', name: '人社业务经办系统', department: 'social-security', grants: ['civil-affairs:person'] },
  purpose: { matter: '370304-GTGSH-001', caseId: 'C2026-0001' },
  traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
};

/** A token as the gateway signs it, with claims changed: to test what the verifier checks besides the signature. */
function signed(claims: Record<string, unknown>, header: Record<string, unknown> = {}) {
  const standard = { iss: CONTEXT_TOKEN_ISSUER, aud: departmentAudience('civil-affairs'), iat: now(), exp: now() + 30 };
  return new SignJWT({ ctx: system, ...standard, ...claims }).setProtectedHeader({ alg: 'EdDSA', typ: CONTEXT_TOKEN_TYPE, ...header }).sign(keys.signingKey);
}

const refusal = (reason: string | RegExp) => ({
  extensions: expect.objectContaining({ code: 'UNAUTHENTICATED', reason: typeof reason === 'string' ? `x-hub-context refused: ${reason}` : expect.stringMatching(reason) }),
});

describe('the signed context between gateway and departments', () => {
  it('carries caller, purpose and trace id unchanged', async () => {
    expect(await verifier.verify(await signer.sign(system, 'civil-affairs'))).toEqual(system);
    const clerk: HubContext = { caller: { id: 'c', role: 'CLERK', centre: '博山区城东街道便民服务中心', division: '370304001' }, purpose: null, traceId: 't' };
    expect(await verifier.verify(await signer.sign(clerk, 'civil-affairs'))).toEqual(clerk);
  });

  it('lives 30 seconds', async () => {
    const [, payload] = (await signer.sign(system, 'civil-affairs')).split('.');
    const { iat, exp } = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as { iat: number; exp: number };
    expect(exp - iat).toBe(30);
  });

  it.each<[string, () => Promise<string | undefined>, string | RegExp]>([
    ['missing', async () => undefined, /^no x-hub-context/],
    ['expired', async () => signer.sign(system, 'civil-affairs', now() - 120), 'token has expired'],
    ['issued over a minute ago, even with a far expiry', async () => signed({ iat: now() - 120, exp: now() + 3600 }), 'token is too old'],
    ['issued in the future', async () => signed({ iat: now() + 600, exp: now() + 630 }), 'token issue time is in the future'],
    ['signed by another key', async () => new HubContextSigner(generateContextKeys().signingKey).sign(system, 'civil-affairs'), 'token signature does not verify'],
    ['meant for another department', async () => signer.sign(system, 'market-access'), 'token audience is not accepted here'],
    ['of another type (a plain JWT signed by the same key)', async () => signed({}, { typ: 'JWT' }), 'token type is not accepted here'],
    ['from another issuer', async () => signed({ iss: 'someone-else' }), 'token issuer is not trusted'],
    ['without a context', async () => signed({ ctx: undefined }), 'token lacks the "ctx" claim'],
    ['with a caller of unknown role', async () => signed({ ctx: { ...system, caller: { id: 'x', role: 'ROOT' } } }), /ctx\.caller\.role must be one of/],
    ['with grants that are not strings', async () => signed({ ctx: { ...system, caller: { ...system.caller, grants: [1] } } }), 'ctx.caller.grants must be a list of strings'],
  ])('is refused when %s', async (_, token, reason) => {
    await expect(verifier.verify(await token())).rejects.toMatchObject(refusal(reason));
  });
});
