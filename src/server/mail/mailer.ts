import nodemailer from 'nodemailer';

export interface Mailer {
  send(to: string, subject: string, text: string): Promise<void>;
}

/**
 * E-mail through the SMTP server in SMTP_URL (smtp://user:pass@host:port). Messages hold only a link and
 * neutral text, never personal data about participants.
 */
export function smtpMailer(smtpUrl: string, from = 'Veivalg <noreply@veivalg.no>'): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(to, subject, text) {
      await transport.sendMail({ from, to, subject, text });
    },
  };
}
