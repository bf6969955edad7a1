import { describe, expect, it } from 'vitest';
import nb from './locales/nb.json';
import en from './locales/en.json';

/** Every key path with its text, so the two languages can be compared key by key. */
function flatten(obj: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') for (const [p, t] of flatten(v, path)) out.set(p, t);
    else out.set(path, v);
  }
  return out;
}

describe('UI texts', () => {
  const nbKeys = flatten(nb);
  const enKeys = flatten(en);

  it('exist in both Norwegian bokmål and English, key for key', () => {
    expect([...nbKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys.keys()].filter((k) => !nbKeys.has(k))).toEqual([]);
  });

  it('are never empty, and keep the same placeholders in both languages', () => {
    for (const [key, text] of nbKeys) {
      expect(typeof text === 'string' && text.trim().length > 0, `nb ${key}`).toBe(true);
      const other = enKeys.get(key);
      expect(typeof other === 'string' && other.trim().length > 0, `en ${key}`).toBe(true);
      const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(other as string), key).toEqual(placeholders(text as string));
    }
  });
});
