import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The server package's version, shown in the OpenAPI document and `havn --version`. */
export const version: string = (require('../package.json') as { version: string }).version;
