import { ConfigError, readConfig, type Config } from './config.ts';
import { openDatabase } from './db/client.ts';
import { buildApp } from './app.ts';
import { loadDemoIfEmpty } from './demo/seed.ts';
import { smtpMailer } from './mail/mailer.ts';
import { httpSmsSender } from './features/participant-page/sending.ts';

let config: Config;
try {
  config = readConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(1);
}
const database = await openDatabase(config.databaseUrl
  ? { databaseUrl: config.databaseUrl, ownerUrl: config.databaseOwnerUrl }
  : { dataDir: config.dataDir });
if (await loadDemoIfEmpty(database.db, { production: config.production })) {
  console.log('Demo data loaded. Sign in as radgiver@bergen.demo with password veivalg-demo.');
}
const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl) : undefined;
const sms = config.smsProviderUrl ? httpSmsSender(config.smsProviderUrl) : undefined;
const app = await buildApp({
  database, publicUrl: config.publicUrl, trustedOrigins: config.trustedOrigins, production: config.production, trustProxy: config.trustProxy,
  secureCookies: config.secureCookies, logger: true, mailer, sms,
  sendAtOnce: config.worker, worker: config.worker ? { pollMs: config.workerPollMs } : undefined,
  metricsToken: config.metricsToken, localPasswords: config.localPasswords, oidcProviders: config.oidcProviders,
});

// Graceful shutdown (a platform sends SIGTERM before it stops an instance): stop accepting connections, let the
// requests in flight finish (Fastify's close waits for them and answers 503 to new requests on open connections),
// then close the database pool. A second signal does not start a second shutdown.
let closing = false;
const shutdown = async (signal: string) => {
  if (closing) return;
  closing = true;
  console.log(`${signal}: finishing requests in flight, then stopping`);
  try {
    await app.close();
    await database.close();
    process.exit(0);
  } catch (err) {
    console.error(`Shutdown failed: ${(err as Error).message}`);
    process.exit(1);
  }
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
await app.listen({ port: config.port, host: config.host });
console.log(`Veivalg is running at http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port} (database: ${database.kind})`);
