import { decodeJwt } from 'jose';
import type { PurposeGrant } from '@hub/kit';
import type { Clerk } from './benchIssuer';
import type { OperationRecorder } from './recorder';
import type { GrantTemplates } from './scenarios';
import type { Subjects } from './subjects';

/**
 * Real grants and the real prefill read, obtained the way a clerk obtains them: a
 * 困难群众救助一件事 case opened through the gateway, and a 开办餐馆 prefill whose read
 * intake sends through the recorder.
 */
export async function captureTemplates(gatewayBase: string, clerk: Clerk, recorder: OperationRecorder, subjects: Subjects): Promise<GrantTemplates> {
  const opened = await graphql<{ openCase: { purposeGrant: { token: string } } }>(gatewayBase, clerk,
    'mutation($s: SubjectInput!) { openCase(subject: $s, bundleCode: "YJS-003") { purposeGrant { token } } }', { s: { idNumber: subjects.residents[0] } });
  const hardship = grantOf(opened.openCase.purposeGrant.token);
  await graphql(gatewayBase, clerk, 'mutation($id: String!) { prefillForm(subject: { idNumber: $id }, bundleCode: "YJS-001") { caseId } }', { id: subjects.restaurantOperators[0] });
  const read = recorder.recorded.find((op) => op.operationName.startsWith('Prefill_'));
  if (!read?.purposeToken) throw new Error(`intake's prefill read was not seen (recorded: ${recorder.recorded.map((op) => op.operationName).join(', ') || 'nothing'})`);
  return { hardship, restaurant: grantOf(read.purposeToken), prefill: { document: read.query, operationName: read.operationName } };
}

function grantOf(token: string): PurposeGrant {
  const grant = decodeJwt(token).grant as PurposeGrant | undefined;
  if (!grant?.paths) throw new Error('a purpose grant without paths');
  return grant;
}

async function graphql<T>(gatewayBase: string, clerk: Clerk, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${gatewayBase}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${clerk.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}
