import { z } from 'zod';

export const noContent = z.null().describe('No content');

export const errorBody = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  existing: z.object({ id: z.string(), href: z.string() }).optional().describe('On a duplicate: the record that already exists'),
});

/** The error statuses every API route may answer with, for the OpenAPI document. */
export const errorResponses = {
  400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 429: errorBody,
} as const;
