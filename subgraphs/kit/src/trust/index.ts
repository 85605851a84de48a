export * from './errors';
export * from './tokenErrors';
export * from './keys';
export * from './contextClaim';
export * from './contextToken';
