import { expect } from 'vitest';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ApiClient } from './client.ts';

/**
 * For a route whose 200 answer is written with JSON.stringify (http/trusted-serializer.ts): fetches it as the client
 * and checks that its bytes are exactly what the response schema's serializer writes for the same data (same fields,
 * same order, nothing extra: the schema's serializer drops unknown fields and writes its own order).
 */
export async function sameBytesAsSchema(baseUrl: string, client: ApiClient, path: string, schema: z.ZodType): Promise<string> {
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await fetch(baseUrl + path, { headers: { cookie } });
  expect(res.status, path).toBe(200);
  const text = await res.text();
  const zodBytes = serializerCompiler({ schema, method: 'GET', url: path } as never)(JSON.parse(text));
  expect(text, path).toBe(zodBytes);
  return text;
}
