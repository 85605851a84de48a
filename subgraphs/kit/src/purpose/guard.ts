import { defaultFieldResolver, getNamedType, isLeafType, isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { forbidden } from '../errors';
import { citizenIdProblem } from '../identifiers/citizenId';
import { ACCESS_LOG_TYPES } from '../audit/collector';
import type { DataAccess, SubjectScope } from './dataAccess';
import { maskIdNumber, maskValue, type SensitiveKind } from './mask';
import type { ScopeRoot } from './scopeRoots';

type ResponsePath = GraphQLResolveInfo['path'];

/** The subject a response position is about, the catalogue path that reaches it, and what may be read there. */
interface Scope {
  subject: string;
  path: string;
  public: boolean;
  access: SubjectScope | null;
}

/** Per request: the scope of every object position and of every object field resolved so far. */
type Positions = WeakMap<ResponsePath, Scope | null>;

export interface GuardOptions {
  roots: ScopeRoot[];
  /** Values masked unless the purpose names them, by `Type.field`, e.g. `Person.phone`. */
  sensitive?: Record<string, SensitiveKind>;
}

interface AccessContext {
  access?: DataAccess;
}

/**
 * Purpose-bound access (按需共享), enforced for every field of a department schema without
 * code in its resolvers: each field finds the subject whose data it is and its catalogue
 * path (person.household.address), and resolves only if the request's access allows that
 * path for that subject — in full, or masked (脱敏) for sensitive values the purpose did not
 * name. Otherwise the field is null with a FORBIDDEN error that says which purpose is
 * missing. Subjects named in a root query or an entity reference are checked before any
 * lookup, so an unknown ID and a forbidden one are refused alike.
 */
export function guardPersonalData(schema: GraphQLSchema, options: GuardOptions): void {
  const roots = new Map(options.roots.map((r) => [r.type, r]));
  const sensitive = options.sensitive ?? {};
  const perRequest = new WeakMap<object, Positions>();
  const positionsOf = (ctx: object): Positions => {
    let positions = perRequest.get(ctx);
    if (!positions) perRequest.set(ctx, (positions = new WeakMap()));
    return positions;
  };
  const queryType = schema.getQueryType();

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || ACCESS_LOG_TYPES.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      const returned = getNamedType(field.type);
      if (ACCESS_LOG_TYPES.has(returned.name)) continue;
      const original: GraphQLFieldResolver<unknown, AccessContext> = field.resolve ?? defaultFieldResolver;
      if (type === queryType) {
        field.resolve = rootResolver(field.name, original, roots);
        continue;
      }
      const leaf = isLeafType(returned);
      const kind = sensitive[`${type.name}.${field.name}`];
      const root = roots.get(type.name);
      const identifier = root?.identifiers.includes(field.name) ?? false;
      field.resolve = (source, args, ctx, info) => {
        // A schema run without a request context (printing the SDL) has no positions to remember.
        const positions = typeof ctx === 'object' && ctx !== null ? positionsOf(ctx) : new WeakMap<ResponsePath, Scope | null>();
        const scope = scopeOfObject(source, info, ctx, positions, roots);
        if (!scope || scope.public) {
          if (scope && !leaf) positions.set(info.path, { ...scope, path: `${scope.path}.${field.name}` });
          return original(source, args, ctx, info);
        }
        const access = scope.access;
        if (!access || 'refusal' in access) throw refused(scope.subject, `${scope.path}.${field.name}`, access, ctx);
        const path = `${scope.path}.${field.name}`;
        if (!leaf) {
          if (!access.paths.walk(path)) throw notDeclared(scope, path, ctx);
          positions.set(info.path, { ...scope, path });
          return original(source, args, ctx, info);
        }
        const granted = identifier ? (access.paths.walk(scope.path) ? 'FULL' : 'NONE') : access.paths.leaf(path);
        if (granted === 'NONE') throw notDeclared(scope, path, ctx);
        if (granted === 'FULL' || !kind) return original(source, args, ctx, info);
        return masked(original(source, args, ctx, info), kind);
      };
    }
  }
}

/** Root fields: a subject named in the arguments (person(idNumber:), _entities representations) is checked first. */
function rootResolver(fieldName: string, original: GraphQLFieldResolver<unknown, AccessContext>, roots: Map<string, ScopeRoot>): GraphQLFieldResolver<unknown, AccessContext> {
  return (source, args: Record<string, unknown>, ctx, info) => {
    if (fieldName === '_entities') return entities(source, args, ctx, info, original, roots);
    const root = roots.get(getNamedType(info.returnType).name);
    if (!root?.subjectArgs || root.public) return original(source, args, ctx, info);
    for (const name of root.subjectArgs) {
      const value = args[name];
      const subjects = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      // A malformed identifier is the resolver's to refuse (BAD_USER_INPUT): its form says nothing about anyone.
      for (const subject of subjects.filter((s) => citizenIdProblem(s) === null)) {
        const access = ctx.access?.scopeFor(subject) ?? null;
        if (!access || 'refusal' in access) throw refused(subject, fieldName, access, ctx);
      }
    }
    return original(source, args, ctx, info);
  };
}

/** Entity references are checked one by one: a refused one is an error at its index, the others resolve. */
function entities(
  source: unknown,
  args: Record<string, unknown>,
  ctx: AccessContext,
  info: GraphQLResolveInfo,
  original: GraphQLFieldResolver<unknown, AccessContext>,
  roots: Map<string, ScopeRoot>,
): unknown {
  const representations = Array.isArray(args.representations) ? (args.representations as Array<Record<string, unknown>>) : [];
  const refusals = representations.map((representation) => {
    const root = roots.get(String(representation.__typename));
    if (!root?.subjectArgs || root.public) return null;
    const subject = root.subjectOf(representation);
    if (!subject) return null;
    const access = ctx.access?.scopeFor(subject) ?? null;
    return !access || 'refusal' in access ? refused(subject, root.base, access, ctx) : null;
  });
  if (refusals.every((r) => r === null)) return original(source, args, ctx, info);
  const allowed = representations.filter((_, i) => refusals[i] === null);
  const resolved = original(source, { ...args, representations: allowed }, ctx, info) as unknown[] | Promise<unknown[]>;
  // graphql-js turns an Error in a list into an error at that index and resolves the rest.
  const merge = (values: unknown[]) => {
    let next = 0;
    return refusals.map((refusal) => refusal ?? values[next++]);
  };
  return Array.isArray(resolved) ? merge(resolved) : Promise.resolve(resolved).then(merge);
}

/**
 * The scope of the object a field belongs to. Remembered per object position; an object
 * inside another subject's scope stays in it (a household member read through the
 * applicant's household is read under the applicant's purpose).
 */
function scopeOfObject(source: unknown, info: GraphQLResolveInfo, ctx: AccessContext, positions: Positions, roots: Map<string, ScopeRoot>): Scope | null {
  const objectPath = info.path.prev;
  if (!objectPath) return null;
  let scope = positions.get(objectPath);
  const root = roots.get(info.parentType.name);
  if (scope !== undefined && (!root || !scope || !scope.public || root.public)) return scope;
  if (scope === undefined) {
    // A list item: its scope is the list field's.
    let fieldPath: ResponsePath | undefined = objectPath;
    while (fieldPath && typeof fieldPath.key === 'number') fieldPath = fieldPath.prev;
    scope = fieldPath && fieldPath !== objectPath ? positions.get(fieldPath) : undefined;
  }
  if (root) {
    if (scope) {
      // A person reached from a public object (an entity's legal representative) is private.
      if (scope.public && !root.public) scope = { ...scope, public: false };
    } else {
      const subject = root.subjectOf(source);
      scope = subject ? { subject, path: root.base, public: root.public ?? false, access: ctx.access?.scopeFor(subject) ?? null } : null;
    }
  }
  scope ??= null;
  positions.set(objectPath, scope);
  return scope;
}

function refused(subject: string, what: string, access: SubjectScope | null, ctx: AccessContext) {
  const refusal = access && 'refusal' in access ? access : { refusal: 'the request carries no access rules', reason: 'NO_PURPOSE' as const };
  return forbidden(`Personal data of ${maskIdNumber(subject)} refused (${what}): ${refusal.refusal}`, {
    reason: refusal.reason,
    purpose: ctx.access?.describe() ?? 'no purpose',
  });
}

function notDeclared(scope: Scope, path: string, ctx: AccessContext) {
  const purpose = ctx.access?.describe() ?? 'no purpose';
  return forbidden(`${path} of ${maskIdNumber(scope.subject)} is not among the items ${purpose} declares (数据共享清单); nothing else is shared`, {
    reason: 'ITEM_NOT_DECLARED',
    item: path,
    purpose,
  });
}

function masked(value: unknown, kind: SensitiveKind): unknown {
  const apply = (v: unknown) => (typeof v === 'string' ? maskValue(kind, v) : v);
  return value instanceof Promise ? value.then(apply) : apply(value);
}
