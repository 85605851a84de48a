import type { PathStep } from './paths';

/**
 * A GraphQL selection set built from paths: each path adds its steps (and the field a step
 * filters on), so the selection asks for exactly what the bound fields need and nothing else.
 */
export class Selection {
  private readonly children = new Map<string, Selection>();

  /** Adds a path (and the fields its filters compare) and returns the node at its end. */
  add(steps: readonly PathStep[]): Selection {
    let node: Selection = this;
    for (const step of steps) {
      node = node.child(step.name);
      if (step.filter) node.child(step.filter.field);
    }
    return node;
  }

  /** The child for a field name, or a field with arguments such as `licences(types: [...])`. */
  child(field: string): Selection {
    let node = this.children.get(field);
    if (!node) {
      node = new Selection();
      this.children.set(field, node);
    }
    return node;
  }

  merge(other: Selection): void {
    for (const [field, node] of other.children) this.child(field).merge(node);
  }

  get isEmpty(): boolean {
    return this.children.size === 0;
  }

  /** Prints `{ a b { c } }`, fields in the order they were first added. */
  print(): string {
    const parts = [...this.children].map(([field, node]) => (node.isEmpty ? field : `${field} ${node.print()}`));
    return `{ ${parts.join(' ')} }`;
  }
}

/** A fixed sub-selection from dotted names: leaves('id', 'type.code') is `{ id type { code } }`. */
export function leaves(...fields: string[]): Selection {
  const selection = new Selection();
  for (const field of fields) {
    let node = selection;
    for (const name of field.split('.')) node = node.child(name);
  }
  return selection;
}
