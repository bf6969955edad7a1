/**
 * The identity provider for the browser tests: a real OpenID Connect provider on 127.0.0.1 (see
 * src/server/test/oidc-provider.ts), started by playwright.config.ts as a second web server.
 */
import { startOidcProvider } from '../src/server/test/oidc-provider.ts';

const port = Number(process.env['OIDC_TEST_PORT']);
const appUrl = process.env['OIDC_TEST_APP_URL']!;
const provider = await startOidcProvider({ port, appUrls: [appUrl] });
console.log(`Test identity provider at ${provider.issuer}`);
const stop = () => void provider.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
