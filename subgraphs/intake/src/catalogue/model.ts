/**
 * The shape of the published catalogues, as written in this folder and loaded into the
 * intake database on first start: the matter catalogue (事项清单), the form fields and
 * materials matters share, the data-sharing catalogue (数据共享清单) and life-event bundles
 * (一件事). Everything is keyed by stable codes so that templates can share fields and
 * materials: a key asked by several matters of a bundle is asked once.
 */

/** The department systems behind the gateway, by their subgraph names. */
export type Department = 'civil-affairs' | 'social-security' | 'market-access' | 'e-license';

/** Who applies: a natural person (自然人) or a market entity (法人/市场主体). */
export type SubjectKind = 'PERSON' | 'MARKET_ENTITY';

/** 即办件 done on the spot · 承诺件 within a promised time · 联办件 several departments · 上报件 township reviews, county decides. */
export type CaseType = 'IMMEDIATE' | 'PROMISED' | 'JOINT' | 'REPORTED';

/** How a shared item travels: read through the federated graph, or an e-licence read from the library (用证). */
export type SharingMethod = 'FEDERATED_QUERY' | 'E_LICENCE';

/**
 * One shared data item (共享信息项). `fields` are paths into the federated graph from the
 * subject (`person.household.address`; `[]` maps over a list, `[status=ACTIVE]` keeps the
 * matching elements); `asOfPath` is the department's record time for the item. A licence
 * item names its licence type instead and reads the holder's licences of that type.
 */
export interface DataItemSpec {
  code: string;
  name: string;
  englishName: string;
  provider: Department;
  subjectKind: SubjectKind;
  method: SharingMethod;
  fields: string[];
  asOfPath: string;
  /** For E_LICENCE items: the licence type code (证照类型代码) and whose licences (`person`, `marketEntity.legalRepresentative`). */
  licence?: { typeCode: string; holderPath: string };
  /** Other departments the path passes through (a legal representative is found by market regulation). */
  via?: Department[];
  /** The matters (purposes, 使用目的) this item may serve. */
  purposes: string[];
  description: string;
}

/** Where a form field's value comes from for one kind of subject. */
export interface BindingSpec {
  item: string;
  path: string;
}

/** A form field, defined once and used by every template that asks it (一表申请). */
export interface FieldSpec {
  key: string;
  label: string;
  englishLabel: string;
  person?: BindingSpec;
  entity?: BindingSpec;
  /** Display labels of coded values, e.g. MALE → 男. */
  options?: Record<string, string>;
}

/** A kind of material (申请材料), defined once; which shared item can stand in for it, per subject kind. */
export interface MaterialSpec {
  code: string;
  name: string;
  englishName: string;
  person?: string;
  entity?: string;
}

/** A material as one matter requires it. */
export interface MatterMaterialSpec {
  code: string;
  required?: boolean;
  /** 容缺: the case may be accepted without it on a written commitment to supply it. */
  tolerable?: boolean;
  /** Only in this situation (情形) of the matter. */
  situation?: string;
}

export interface SituationSpec {
  code: string;
  name: string;
  description: string;
}

/** A service matter (政务服务事项) with its standard elements. */
export interface MatterSpec {
  code: string;
  name: string;
  englishName: string;
  department: Department;
  applicantType: SubjectKind;
  caseType: CaseType;
  /** Working days (工作日). */
  legalTimeLimitDays: number;
  promisedTimeLimitDays: number;
  conditions: string[];
  situations: SituationSpec[];
  materials: MatterMaterialSpec[];
  /** Form template: field keys, in order; `?` suffix marks an optional field. */
  fields: string[];
  /** Data items the matter declares it needs (nothing else is read for it). */
  dataItems: string[];
  fees: string;
  feeFen: number;
  /** 承诺告知制: a written commitment replaces the on-site inspection. */
  commitmentReplacesInspection?: boolean;
  /** The material this matter produces (its result), e.g. the business licence. */
  produces?: string;
  result: string;
}

/** A life event (一件事): several departments' matters, one form, one set of materials. */
export interface BundleSpec {
  code: string;
  name: string;
  englishName: string;
  description: string;
  subjectKind: SubjectKind;
  matters: string[];
  result: string;
  resultLicenceTypeCode?: string;
  promisedTimeLimitDays: number;
}
