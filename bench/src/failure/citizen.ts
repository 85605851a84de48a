import { AFFECTED_QUERY, judgeAnswer, UNAFFECTED_QUERY, type Judged } from './answers';

/** The demo citizen who asks: a restaurant owner, married and insured, reading their own data. */
export const CITIZEN_ACCOUNT = 'citizen-restaurant-owner';

export interface CitizenAsker {
  gatewayUrl: string;
  token: string;
  idNumber: string;
}

/** A token from the gateway's development issuer (POST /auth/dev-token), and the citizen's ID number from its claims. */
export async function citizenAsker(gatewayUrl: string): Promise<CitizenAsker> {
  const response = await fetch(gatewayUrl.replace(/\/graphql$/, '/auth/dev-token'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account: CITIZEN_ACCOUNT }),
  });
  const body = (await response.json()) as { token?: string; claims?: { idNumber?: string } };
  if (!body.token || !body.claims?.idNumber) throw new Error(`no development token for ${CITIZEN_ACCOUNT}: ${response.status} ${JSON.stringify(body)}`);
  return { gatewayUrl, token: body.token, idNumber: body.claims.idNumber };
}

export async function askOnce(asker: CitizenAsker, affected: boolean): Promise<Judged> {
  const response = await fetch(asker.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${asker.token}` },
    body: JSON.stringify({ query: affected ? AFFECTED_QUERY : UNAFFECTED_QUERY, variables: { id: asker.idNumber } }),
  });
  return judgeAnswer(response.status, await response.text(), affected);
}
