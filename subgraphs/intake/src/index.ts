import { createLogger, readSubgraphConfig, runUntilSignalled, startSubgraph } from '@hub/kit';
import { ensureCatalogue } from './catalogue/seedCatalogue';
import { DEFAULT_PORT, intake, NAME } from './server';

const log = createLogger(NAME);

runUntilSignalled(async () => {
  const running = await startSubgraph(intake, readSubgraphConfig(NAME, DEFAULT_PORT));
  await ensureCatalogue(running.db, log);
  return running;
}, log);
