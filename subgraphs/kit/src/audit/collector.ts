import { getNamedType, isLeafType, type GraphQLResolveInfo } from 'graphql';
import type { DataSubjectRule } from './subjects';

type ResponsePath = GraphQLResolveInfo['path'];

/** Whose data a position in the response is, and under which item name. */
type Attribution =
  | { subject: string; item: string }
  /** A person reached from something that is not a person (an entity's employees): the link itself is their data. */
  | { relation: string };

/** The access log's own types: reading one's access log is not a read of personal data. */
export const ACCESS_LOG_TYPES: ReadonlySet<string> = new Set(['DataAccessRecord', 'DataAccessCaller', 'DataAccessPurpose']);

/**
 * Notes, while one request executes, which items of which persons were served. Called for
 * every field (Apollo's willResolveField); attributions are kept per response position (the
 * path objects graphql-js hands each field), so the same row reached by two persons is
 * counted for each. An item is recorded when its field resolves to a value (leaf fields), or
 * to nothing (null, empty list: "holds no card" is information too); a failed field is not.
 */
export class ReadCollector {
  private readonly attributions = new WeakMap<ResponsePath, Attribution>();
  private readonly reads = new Map<string, Set<string>>();

  constructor(private readonly rules: ReadonlyMap<string, DataSubjectRule>) {}

  /** Persons read so far, each with the items served. */
  get bySubject(): ReadonlyMap<string, ReadonlySet<string>> {
    return this.reads;
  }

  willResolveField(source: unknown, info: GraphQLResolveInfo): ((error: Error | null, result?: unknown) => void) | undefined {
    const returned = getNamedType(info.returnType);
    if (ACCESS_LOG_TYPES.has(returned.name)) return undefined;
    const leaf = isLeafType(returned);
    const attribution = this.attribute(source, info);
    if (!attribution) {
      this.noteRelation(info, returned.name, leaf);
      return undefined;
    }
    if (!leaf) this.attributions.set(info.path, attribution);
    return (error, result) => {
      if (!error && (leaf || isEmpty(result))) this.note(attribution.subject, attribution.item);
    };
  }

  private attribute(source: unknown, info: GraphQLResolveInfo): { subject: string; item: string } | undefined {
    const enclosing = this.enclosing(info.path);
    const inSubject = enclosing && 'subject' in enclosing ? enclosing : undefined;
    const field = info.fieldName;
    const underEnclosing = inSubject && { subject: inSubject.subject, item: `${inSubject.item}.${field}` };
    const rule = this.rules.get(info.parentType.name);
    if (!rule || (inSubject && rule.nested === 'part-of-enclosing')) return underEnclosing;
    const subject = rule.subjectOf(source);
    if (!subject) return underEnclosing;
    if (rule.identifiers.includes(field)) {
      // An identifier is a read only as part of something else: a household's member list,
      // a spouse on a marriage record, the employees of an entity.
      if (underEnclosing) return underEnclosing;
      return enclosing && 'relation' in enclosing ? { subject, item: enclosing.relation } : undefined;
    }
    return { subject, item: rule.itemPrefix ? `${rule.itemPrefix}.${field}` : field };
  }

  /** A field of a non-person (not a root field) that leads to persons: mark the link. */
  private noteRelation(info: GraphQLResolveInfo, returned: string, leaf: boolean): void {
    if (leaf || this.rules.get(returned)?.nested !== 'own-subject') return;
    const root = info.schema.getQueryType() === info.parentType || info.schema.getMutationType() === info.parentType;
    if (!root) this.attributions.set(info.path, { relation: `${info.parentType.name}.${info.fieldName}` });
  }

  /** The attribution of the nearest enclosing field, skipping list indices. */
  private enclosing(path: ResponsePath): Attribution | undefined {
    let parent = path.prev;
    while (parent && typeof parent.key === 'number') parent = parent.prev;
    return parent ? this.attributions.get(parent) : undefined;
  }

  private note(subject: string, item: string): void {
    let items = this.reads.get(subject);
    if (!items) this.reads.set(subject, (items = new Set()));
    items.add(item);
  }
}

function isEmpty(result: unknown): boolean {
  return result === null || result === undefined || (Array.isArray(result) && result.length === 0);
}
