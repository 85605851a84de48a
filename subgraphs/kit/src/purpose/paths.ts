/**
 * Paths in purpose grants: a catalogue field path with list filters and [] markers removed,
 * so that `person.insuranceEnrolments[scheme=URBAN_RURAL_RESIDENT_PENSION].startDate` and a
 * field read at person → insuranceEnrolments → startDate compare equal.
 */
export function grantPath(catalogueField: string): string {
  return catalogueField.replace(/\[[^\]]*\]/g, '');
}

/** How much of a value a path may be read with. */
export type PathAccess = 'FULL' | 'MASKED' | 'NONE';

/**
 * The paths one grant allows. A path named in the grant reads in full; a path under a named
 * path (the grant names `person.licences`, the read is `person.licences.holderCode`) reads
 * its sensitive values masked, since the purpose did not ask for that value by name; a path
 * above a named one (`person.household` on the way to `person.household.address`) may be
 * walked through.
 */
export class PathSet {
  private readonly named: ReadonlySet<string>;
  private readonly ancestors: ReadonlySet<string>;
  readonly everything: boolean;

  constructor(paths: Iterable<string>) {
    const named = new Set<string>();
    const ancestors = new Set<string>();
    let everything = false;
    for (const raw of paths) {
      if (raw === '*') everything = true;
      const path = grantPath(raw);
      named.add(path);
      const parts = path.split('.');
      for (let i = 1; i < parts.length; i++) ancestors.add(parts.slice(0, i).join('.'));
    }
    this.named = named;
    this.ancestors = ancestors;
    this.everything = everything;
  }

  /** A leaf value at `path`: in full, masked, or not at all. */
  leaf(path: string): PathAccess {
    if (this.everything || this.named.has(path)) return 'FULL';
    return this.underNamed(path) ? 'MASKED' : 'NONE';
  }

  /** An object or list at `path`: may the read go on into it? */
  walk(path: string): boolean {
    return this.everything || this.named.has(path) || this.ancestors.has(path) || this.underNamed(path);
  }

  private underNamed(path: string): boolean {
    for (let end = path.lastIndexOf('.'); end > 0; end = path.lastIndexOf('.', end - 1)) {
      if (this.named.has(path.slice(0, end))) return true;
    }
    return false;
  }
}
