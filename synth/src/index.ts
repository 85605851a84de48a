/**
 * @hub/synth — a deterministic, seeded synthetic population for the four department
 * systems: the same residents, households, businesses, jobs and licences everywhere, with
 * realistic gaps. Same seed and size → byte-identical rows.
 */
export type { DepartmentName } from './departments/department';
export { DEPARTMENTS } from './departments/department';
export type { Cell, TableRows } from './departments/tables';
export type { BulkColumn } from '@hub/kit';
export { DEMO_PERSONS, DEMO_SEED, departmentChunks, forEachChunk, generateDepartment } from './generate';
export type { ChunkOptions, GenerateOptions } from './generate';
export { seedDepartment } from './seed';
export type { SeedOptions } from './seed';
export { REFERENCE_DATE } from './calendar';
export type { Seed } from './random';
export { samplePeople } from './samples/samplePeople';
export type { SamplePeople } from './samples/samplePeople';
export { issuerSecretForSeed } from './licences/seal';
