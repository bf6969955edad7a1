/**
 * Outbound messages with the page link: e-mail through the existing SMTP mailer, SMS through an HTTP provider
 * (SMS_PROVIDER_URL receives a JSON POST { to, text }). The message holds a short neutral sentence and the link,
 * nothing else; the phone number or address is passed through and never stored or logged.
 */
export interface SmsSender {
  send(to: string, text: string): Promise<void>;
}

export function httpSmsSender(url: string, fetchTimeoutMs = 10_000): SmsSender {
  return {
    async send(to, text) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ to, text }),
        signal: AbortSignal.timeout(fetchTimeoutMs),
      });
      // Read and drop the body so the connection is released; its content may echo the number, so it is not kept.
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) throw new Error(`SMS provider answered ${res.status}`);
    },
  };
}

/** The message text: the same neutral sentence for everyone (nb and en), and the link. */
export function pageMessage(url: string): { subject: string; text: string } {
  return {
    subject: 'Din side om karriereveiledning / Your career guidance page',
    text: `Siden din om karriereveiledning / Your career guidance page: ${url}`,
  };
}
