import { createLogger, readSubgraphConfig, runUntilSignalled, startSubgraph } from '@hub/kit';
import { civilAffairs, DEFAULT_PORT, NAME } from './server';

runUntilSignalled(() => startSubgraph(civilAffairs, readSubgraphConfig(NAME, DEFAULT_PORT)), createLogger(NAME));
