import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { serializerCompiler } from 'fastify-type-provider-zod';

/**
 * The response serializer for a route whose 200 answer the service builds field by field, in the order of the
 * response schema and with exactly its fields (e.g. the participant list, the busiest read of the API): it is
 * written with JSON.stringify, without running the zod schema over every row again (about a third of the list's
 * server time). The schema still documents the answer in the OpenAPI document, and a test checks that this
 * writes the same bytes as the schema's serializer (participants/serializer.test.ts). Other statuses (errors)
 * keep the schema's serializer.
 */
export const trustedJsonFor200: FastifySerializerCompiler<unknown> = (route) =>
  route.httpStatus === '200' ? (data: unknown) => JSON.stringify(data) : serializerCompiler(route as Parameters<typeof serializerCompiler>[0]);
