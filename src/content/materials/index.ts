/**
 * The curated information films, brochures and web pages (issue 18 point 4), parsed with the schema when imported.
 * See README.md for how to add one.
 */
import { offers } from '../index.ts';
import raw from './materials.json' with { type: 'json' };
import type { Material } from './model.ts';
import { materialsFileSchema } from './schema.ts';

export * from './model.ts';
export { materialSchema, materialsFileSchema } from './schema.ts';

/** Parses a materials file against `today`'s date and the map's offer ids; throws with every problem listed. */
export function parseMaterials(file: unknown, today: string, offerIds: ReadonlySet<string>): Material[] {
  const parsed = materialsFileSchema(today).safeParse(file);
  if (!parsed.success) {
    throw new Error(`materials.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const items = parsed.data.materials as Material[];
  const unknown = items.flatMap((m) => m.offers.filter((o) => !offerIds.has(o)).map((o) => `${m.id}: unknown offer ${o}`));
  if (unknown.length) throw new Error(`materials.json: ${unknown.join('; ')}`);
  return items;
}

const today = new Date().toISOString().slice(0, 10);
export const materials: readonly Material[] = parseMaterials(raw, today, new Set(offers.map((o) => o.id)));
