import { expect } from 'vitest';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ApiClient } from './client.ts';

/**
 * What the response schema's serializer writes for an answer (its text, or the data itself): a route whose 200
 * answer is written with JSON.stringify (http/trusted-serializer.ts) must write exactly these bytes (same fields, same
 * order, nothing extra: the schema's serializer drops unknown fields and writes its own order).
 */
export function schemaBytes(schema: z.ZodType, answer: unknown): string {
  return serializerCompiler({ schema, method: 'GET', url: '/' } as never)(typeof answer === 'string' ? JSON.parse(answer) : answer);
}

/** Fetches the route as the client and checks that its bytes are what the response schema's serializer writes. */
export async function sameBytesAsSchema(baseUrl: string, client: ApiClient, path: string, schema: z.ZodType): Promise<string> {
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await fetch(baseUrl + path, { headers: { cookie } });
  expect(res.status, path).toBe(200);
  const text = await res.text();
  expect(text, path).toBe(schemaBytes(schema, text));
  return text;
}
