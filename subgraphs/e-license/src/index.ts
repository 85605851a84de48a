import { createLogger, readSubgraphConfig, runUntilSignalled, startSubgraph } from '@hub/kit';
import { DEFAULT_PORT, eLicense, NAME } from './server';

runUntilSignalled(() => startSubgraph(eLicense, readSubgraphConfig(NAME, DEFAULT_PORT)), createLogger(NAME));
