export * from './citizenId';
export * from './creditCode';
export * from './licenceId';
export * from './divisions';
