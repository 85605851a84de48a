import { createLogger, readSubgraphConfig, runUntilSignalled, startSubgraph } from '@hub/kit';
import { DEFAULT_PORT, marketAccess, NAME } from './server';

runUntilSignalled(() => startSubgraph(marketAccess, readSubgraphConfig(NAME, DEFAULT_PORT)), createLogger(NAME));
