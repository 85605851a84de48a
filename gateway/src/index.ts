import { createLogger, runUntilSignalled } from '@hub/kit';
import { readGatewayConfig } from './config';
import { startGateway } from './server';

const log = createLogger('gateway');
runUntilSignalled(async () => startGateway(readGatewayConfig()), log);
