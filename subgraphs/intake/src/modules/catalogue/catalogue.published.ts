import type { CatalogueSnapshot } from './catalogue.cache';
import { bundleFrom, dataItemFrom, matterFrom } from './catalogue.mapper';
import type { LifeEventBundle } from './bundle.type';
import type { DataSharingItem } from './dataItem.type';
import type { Matter } from './matter.type';

/** The published shapes of one catalogue version, mapped once and kept with the snapshot. */
export function publishedMatters(snapshot: CatalogueSnapshot): Matter[] {
  return snapshot.memo('published:matters', () => [...snapshot.records.matters.values()].map((m) => matterFrom(snapshot.records, m)));
}

export function publishedBundles(snapshot: CatalogueSnapshot): LifeEventBundle[] {
  return snapshot.memo('published:bundles', () => [...snapshot.records.bundles.values()].map((b) => bundleFrom(snapshot.records, b)));
}

export function publishedDataItems(snapshot: CatalogueSnapshot): DataSharingItem[] {
  return snapshot.memo('published:items', () => [...snapshot.records.items.values()].map(dataItemFrom));
}
