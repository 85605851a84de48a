import type { GraphQLSchema } from 'graphql';

/**
 * Which GraphQL objects are about one person (the data subject, 数据主体) and how to tell
 * who. Every department's `Person` is one; a department adds its own when an object of
 * another type can be reached on its own and is still about one person (a household register
 * read by its number, a licence read by its identifier).
 */
export interface DataSubjectRule {
  /** The GraphQL object type. */
  type: string;
  /** The person's citizen ID number, or null when this object is not about a person. */
  subjectOf: (source: unknown) => string | null | undefined;
  /** Fields that only identify the object: reading them alone is not a read of its data. */
  identifiers: readonly string[];
  /**
   * Reached inside another person's data (a person's household): 'own-subject' starts a new
   * subject (a household member is a person of their own); 'part-of-enclosing' keeps the
   * enclosing person as the subject (their household's address is their data).
   */
  nested: 'own-subject' | 'part-of-enclosing';
  /** Items of an object reached on its own are named as if read from the person, e.g. `household`. */
  itemPrefix?: string;
}

/** A person, keyed by citizen ID number, in every department. */
export const PERSON_SUBJECT: DataSubjectRule = {
  type: 'Person',
  subjectOf: (source) => textField(source, 'idNumber'),
  identifiers: ['idNumber'],
  nested: 'own-subject',
};

/** A string property of a resolver's source object, if it has one. */
export function textField(source: unknown, name: string): string | null {
  if (typeof source !== 'object' || source === null) return null;
  const value = (source as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
}

const declared = new WeakMap<GraphQLSchema, ReadonlyMap<string, DataSubjectRule>>();

/** Records a schema's subject rules (called by buildFederatedSchema); Person is always one. */
export function declareDataSubjects(schema: GraphQLSchema, rules: readonly DataSubjectRule[] = []): void {
  declared.set(schema, new Map([PERSON_SUBJECT, ...rules].map((rule) => [rule.type, rule])));
}

/** A schema's subject rules; a schema nobody declared still treats `Person` as a subject. */
export function dataSubjectsOf(schema: GraphQLSchema): ReadonlyMap<string, DataSubjectRule> {
  return declared.get(schema) ?? new Map([[PERSON_SUBJECT.type, PERSON_SUBJECT]]);
}
