import type { Bundle, Catalogue, Matter } from '../intake/model';
import type { ApplicantKind } from './subjectCheck';

/**
 * The catalogue as the clerk narrows it: words in a code or a name (Chinese or English),
 * and one department. Matching is case-insensitive and ignores spaces, so "yjs001",
 * "开办 餐馆" and "restaurant" all find 开办餐馆.
 */
export interface CatalogueFilter {
  words: string;
  department: string | null;
}

function squeeze(text: string): string {
  return text.toLowerCase().replace(/[\s\-_]+/g, '');
}

function matchesWords(words: string, ...texts: string[]): boolean {
  const wanted = words.split(/\s+/).map(squeeze).filter(Boolean);
  const haystack = texts.map(squeeze).join('|');
  return wanted.every((w) => haystack.includes(w));
}

export function filterMatters(catalogue: Catalogue, filter: CatalogueFilter): Matter[] {
  return catalogue.matters.filter(
    (m) => (!filter.department || m.department === filter.department) && matchesWords(filter.words, m.code, m.name, m.englishName),
  );
}

export function filterBundles(catalogue: Catalogue, filter: CatalogueFilter): Bundle[] {
  return catalogue.lifeEventBundles.filter(
    (b) => (!filter.department || b.departments.includes(filter.department)) && matchesWords(filter.words, b.code, b.name, b.englishName, b.description),
  );
}

/** Whether the applicant can apply: a matter serves persons or market entities, not both. */
export function servesApplicant(applicantType: ApplicantKind, kind: ApplicantKind | undefined): boolean {
  return kind === undefined || applicantType === kind;
}

/** A matter's name by code, for "produced by SCJG-XK-001" lines. */
export function matterName(catalogue: Catalogue | null, code: string): string | null {
  return catalogue?.matters.find((m) => m.code === code)?.name ?? null;
}
