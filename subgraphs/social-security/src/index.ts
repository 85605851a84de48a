import { createLogger, readSubgraphConfig, runUntilSignalled, startSubgraph } from '@hub/kit';
import { DEFAULT_PORT, NAME, socialSecurity } from './server';

runUntilSignalled(() => startSubgraph(socialSecurity, readSubgraphConfig(NAME, DEFAULT_PORT)), createLogger(NAME));
