// The public build's generated modules (vite.config.ts).
declare module 'virtual:public-texts' {
  /** One loader per language in src/web/i18n/locales: the public part of its texts (texts.ts). */
  export const loaders: Record<string, () => Promise<{ default: Record<string, unknown> }>>;
  /** Each language's own name (`language.name`), for the language switch. */
  export const names: Record<string, string>;
}
