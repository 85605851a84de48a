/** One jest run for every workspace; SWC compiles with decorator metadata (type-graphql needs it). */
const swc = JSON.parse(require('fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/synth', '<rootDir>/scripts', '<rootDir>/clients', '<rootDir>/bench'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleNameMapper: {
    '^@hub/kit$': '<rootDir>/subgraphs/kit/src',
    '^@hub/synth$': '<rootDir>/synth/src',
    // The clerk workstation's alias for the kit's identifier checks (clients/clerk-web/vite.config.mts).
    '^@hub/identifiers$': '<rootDir>/subgraphs/kit/src/identifiers',
    '^@hub/(civil-affairs|social-security|market-access|e-license|intake)/dist/(.*)$': '<rootDir>/subgraphs/$1/src/$2',
    '^@hub/gateway/dist/(.*)$': '<rootDir>/gateway/src/$1',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  setupFiles: ['reflect-metadata', '<rootDir>/jest.setup.js'],
  testTimeout: 60000,
};
