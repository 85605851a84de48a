export * from './canonicalJson';
export * from './licenceContent';
export * from './licenceSeal';
export * from './licenceDocument';
export * from './issuerKeys';
export * from './validity';
export * from './offlineVerify';
