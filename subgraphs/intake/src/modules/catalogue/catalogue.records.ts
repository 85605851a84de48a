import type {
  DataItem, FormField, LifeEventBundle, MaterialKind, Matter, MatterField, MatterMaterial, MatterSituation,
} from '../../__generated__/prisma/client';

/** A matter with its situations, materials, form fields (in order) and declared data items. */
export interface MatterRecord extends Matter {
  situations: MatterSituation[];
  materials: MatterMaterial[];
  fields: MatterField[];
  dataItems: string[];
}

/** A data item with the matters it may serve. */
export interface DataItemRecord extends DataItem {
  purposes: string[];
}

/** A bundle with its matters in order. */
export interface BundleRecord extends LifeEventBundle {
  matterCodes: string[];
}

/** The whole published catalogue, as read at one version of the database. */
export interface CatalogueRecords {
  matters: Map<string, MatterRecord>;
  bundles: Map<string, BundleRecord>;
  items: Map<string, DataItemRecord>;
  fields: Map<string, FormField>;
  materials: Map<string, MaterialKind>;
}
