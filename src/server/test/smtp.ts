import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  server: SMTPServer;
  port: number;
  /** Every message received, with its envelope recipients and the raw RFC 5322 text. */
  inbox: { to: string[]; raw: string }[];
}

/** A real SMTP server on loopback that keeps what it receives, for tests of what the app e-mails. */
export function startSmtp(): Promise<TestSmtp> {
  const inbox: TestSmtp['inbox'] = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (c: Buffer) => { raw += c.toString(); });
      stream.on('end', () => { inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw }); done(); });
    },
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.server.address() as AddressInfo).port, inbox })));
}
