import type { IntakeContext } from '../../context';
import type { CatalogueSnapshot } from '../catalogue/catalogue.cache';
import { licenceRef } from '../applicant/applicant.type';
import { Availability } from './availability';
import { readFields } from './fieldReadings';
import { figuresOf } from './figures';
import { callGateway, type GatewayOutcome } from './gatewayClient';
import { readMaterials } from './materialReadings';
import { buildPlan, type PrefillPlan } from './plan';
import { checkPrefillRequest, requireMayPrefill, type PrefillArgs, type PrefillRequest } from './prefill.request';
import { recordPrefill } from './prefill.store';
import type { PrefilledForm } from './prefill.type';
import { compileTemplate } from './template';
import { prefillPurpose } from './prefillPurpose';

/** The plan of a template, built once per catalogue version and kept (one entry per template, subject kind and situations). */
export function planFor(snapshot: CatalogueSnapshot, request: Pick<PrefillRequest, 'target' | 'subject' | 'situations'>): PrefillPlan {
  const key = `plan:${request.target.kind}:${request.target.code}:${request.subject.kind}:${[...request.situations].sort().join(',')}`;
  return snapshot.memo(key, () => buildPlan(compileTemplate(snapshot.records, request.target, request.subject.kind, request.situations)));
}

async function read(plan: PrefillPlan, request: PrefillRequest, ctx: IntakeContext, purposeToken: string | null): Promise<GatewayOutcome> {
  if (!plan.document) return { data: {}, errors: [], failure: null, ms: 0 };
  const outcome = await callGateway(ctx.gateway, {
    document: plan.document,
    operationName: plan.operationName,
    variables: { subject: request.subject.code },
    matter: request.target.code,
    caseId: request.caseId,
    purposeToken,
    authorization: ctx.authorization,
    sign: ctx.signOperation,
    traceId: ctx.traceId,
  });
  if (outcome.failure || outcome.errors.length) ctx.log.warn({ failure: outcome.failure, errors: outcome.errors.length, template: plan.operationName }, 'prefill read partly failed');
  return outcome;
}

/**
 * Prefills a form: checks the request, takes the template's cached plan, sends its one
 * document through the gateway under the caller's identity and the matter's purpose,
 * derives each field's value, provenance and status and each material's status, and
 * records the prefill with its figures.
 */
export async function prefillForm(args: PrefillArgs, ctx: IntakeContext): Promise<PrefilledForm> {
  const snapshot = await ctx.catalogue();
  const request = checkPrefillRequest(args, snapshot.records);
  requireMayPrefill(ctx.caller, request.subject);
  const purpose = await prefillPurpose(ctx, request);
  request.caseId = purpose.caseId;
  const plan = planFor(snapshot, request);
  const outcome = await read(plan, request, ctx, purpose.token);
  const availability = new Availability(outcome);
  const fields = readFields(plan.template, outcome.data, availability);
  const materials = readMaterials(plan.template, outcome.data, availability);
  const figures = figuresOf(plan.template, fields, materials);
  const recorded = await recordPrefill(ctx.prisma, request, ctx.caller, { fields, materials, figures, gatewayMs: outcome.ms });
  return {
    id: recorded.id,
    createdAt: recorded.createdAt,
    subjectKind: request.subject.kind,
    caseId: request.caseId,
    matterCode: request.target.kind === 'MATTER' ? request.target.code : null,
    bundleCode: request.target.kind === 'BUNDLE' ? request.target.code : null,
    title: request.target.name,
    situations: request.situations,
    fields,
    materials: materials.map(({ licenceId, ...m }) => ({ ...m, licence: licenceId ? licenceRef(licenceId) : null })),
    figures,
    sharedDataQuery: plan.document,
    gatewayErrors: availability.messages(),
    gatewayMs: outcome.ms,
  };
}
