import { readConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { buildApp } from './app.ts';
import { loadDemoIfEmpty } from './demo/seed.ts';
import { smtpMailer } from './mail/mailer.ts';
import { httpSmsSender } from './features/participant-page/sending.ts';

const config = readConfig();
const database = await openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
if (await loadDemoIfEmpty(database.db, { production: config.production })) {
  console.log('Demo data loaded. Sign in as radgiver@bergen.demo with password veivalg-demo.');
}
const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl) : undefined;
const sms = config.smsProviderUrl ? httpSmsSender(config.smsProviderUrl) : undefined;
const app = await buildApp({ database, publicUrl: config.publicUrl, secureCookies: config.secureCookies, logger: true, mailer, sms });
const close = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', close);
process.on('SIGTERM', close);
await app.listen({ port: config.port, host: config.host });
console.log(`Veivalg is running at http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port} (database: ${database.kind})`);
