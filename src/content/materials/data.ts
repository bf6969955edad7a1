/**
 * The materials for the browser (the participant's page and the map): `materials.json` as typed data, without zod.
 * The file is parsed with the schema in `index.ts` (server start, tests, the link checker), so a broken entry
 * stops those before it reaches a page.
 */
import raw from './materials.json' with { type: 'json' };
import type { Material } from './model.ts';

export const materialList: readonly Material[] = (raw as { materials: Material[] }).materials;
export { materialsForOffer, materialsForTopic, orderForReader, type Material } from './model.ts';
