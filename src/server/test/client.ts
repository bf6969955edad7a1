import { DEMO_PASSWORD } from '../demo/seed.ts';

export interface ApiResponse<T = any> { status: number; body: T; headers: Headers }

/**
 * A minimal API client over real HTTP that behaves like the web app: keeps cookies and echoes the csrf
 * cookie in the x-csrf-token header on every state-changing request.
 */
export class ApiClient {
  readonly cookies = new Map<string, string>();
  sendCsrf = true;
  lang = 'nb';

  constructor(readonly baseUrl: string) {}

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const h: Record<string, string> = { 'accept-language': this.lang, ...headers };
    if (body !== undefined) h['content-type'] = 'application/json';
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('csrf');
    if (this.sendCsrf && csrf && method !== 'GET') h['x-csrf-token'] = csrf;
    const res = await fetch(this.baseUrl + path, { method, headers: h, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      if (!value || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    const text = await res.text();
    let parsed: unknown = text;
    try { parsed = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  post = <T = any>(path: string, body?: unknown) => this.request<T>('POST', path, body ?? {});
  patch = <T = any>(path: string, body?: unknown) => this.request<T>('PATCH', path, body ?? {});
  put = <T = any>(path: string, body?: unknown) => this.request<T>('PUT', path, body ?? {});

  async login(email: string, password = DEMO_PASSWORD) {
    const res = await this.post('/api/v1/auth/login', { email, password });
    if (res.status !== 204) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  }
}
