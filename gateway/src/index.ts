import { createLogger, runUntilSignalled } from '@hub/kit';
import { readGatewayConfig } from './config';
import { startGateway } from './server';

runUntilSignalled(() => startGateway(readGatewayConfig()), createLogger('gateway'));
