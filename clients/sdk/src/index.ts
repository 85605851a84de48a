export * from './client';
export * from './operations/person';
export * from './operations/household';
export * from './operations/marketEntity';
export * from './operations/licence';
export * from './operations/intake';
export type * from './__generated__/graphql';
