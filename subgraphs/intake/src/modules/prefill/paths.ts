/**
 * Paths into the federated graph, as the data-sharing catalogue writes them:
 *
 *   person.household.address                      a value
 *   person.household.members[].person.name        every member's name (a list)
 *   person.insuranceEnrolments[status=ACTIVE].scheme   the schemes of active enrolments
 *
 * The first step names the subject (`person` or `marketEntity`). A list is always walked
 * element by element; `[]` says so, `[field=VALUE]` keeps the elements whose field equals
 * VALUE (compared as text, so booleans and enums both work).
 */
export type SubjectRoot = 'person' | 'marketEntity';

export interface PathStep {
  name: string;
  /** Keep list elements whose `field` reads as `value`. */
  filter?: { field: string; value: string };
}

export interface ParsedPath {
  root: SubjectRoot;
  steps: PathStep[];
}

const STEP = /^([A-Za-z_]\w*)(?:\[\]|\[([A-Za-z_]\w*)=(\w+)\])?$/;

export function parsePath(path: string): ParsedPath {
  const [root, ...rest] = path.split('.');
  if (root !== 'person' && root !== 'marketEntity') throw new Error(`path ${path} must start with person or marketEntity`);
  if (rest.length === 0) throw new Error(`path ${path} names no field`);
  const steps = rest.map((segment) => {
    const match = STEP.exec(segment);
    if (!match) throw new Error(`path ${path}: cannot read step "${segment}"`);
    const [, name, field, value] = match;
    return field && value ? { name: name!, filter: { field, value } } : { name: name! };
  });
  return { root, steps };
}

/**
 * The values at the end of a path, from a response object rooted at the subject: lists are
 * walked and filtered, nulls dropped. One value for a plain path, any number through lists.
 */
export function readPath(root: unknown, steps: readonly PathStep[]): unknown[] {
  let current: unknown[] = root === null || root === undefined ? [] : [root];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const node of current) {
      const value = (node as Record<string, unknown>)[step.name];
      if (value === null || value === undefined) continue;
      const elements: unknown[] = Array.isArray(value) ? value : [value];
      for (const element of elements) if (element !== null && matches(element, step.filter)) next.push(element);
    }
    current = next;
  }
  return current;
}

function matches(element: unknown, filter: PathStep['filter']): boolean {
  if (!filter) return true;
  return String((element as Record<string, unknown>)[filter.field]) === filter.value;
}
