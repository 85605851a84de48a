import { textField, type DataSubjectRule } from '../audit/subjects';

/**
 * Where a read of data about one subject starts, and under which catalogue path: a person
 * (`person`), a household register read on its own (`person.household`, its head's), a
 * licence read by its identifier (`person.licences`, its holder's), a market entity
 * (`marketEntity`). A market entity's own registration data is public (企业信息公示); the
 * persons reached from it are not.
 */
export interface ScopeRoot {
  type: string;
  subjectOf: (source: unknown) => string | null | undefined;
  /** The catalogue path of this object when a read starts at it. */
  base: string;
  /** Key fields: readable wherever the object itself may be walked into (the gateway joins on them). */
  identifiers: readonly string[];
  /** Root query arguments that name the subject, checked before anything is looked up. */
  subjectArgs?: readonly string[];
  /** Its own fields need no purpose; persons reached from it still do. */
  public?: boolean;
}

/** The scope root of a department's data-subject rule (see audit/subjects.ts). */
export function scopeRootOf(rule: DataSubjectRule): ScopeRoot {
  return {
    type: rule.type,
    subjectOf: rule.subjectOf,
    base: rule.itemPrefix ? `person.${rule.itemPrefix}` : 'person',
    identifiers: rule.identifiers,
    ...(rule.type === 'Person' ? { subjectArgs: ['idNumber', 'idNumbers'] } : {}),
  };
}

export const MARKET_ENTITY_SCOPE: ScopeRoot = {
  type: 'MarketEntity',
  subjectOf: (entity) => textField(entity, 'creditCode'),
  base: 'marketEntity',
  identifiers: ['creditCode'],
  public: true,
};
