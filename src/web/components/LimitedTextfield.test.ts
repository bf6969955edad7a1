import i18n from 'i18next';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import nb from '../i18n/locales/nb.json';
import { LimitedTextfield, tooLong } from './LimitedTextfield.tsx';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { nb: { translation: nb } }, lng: 'nb', showSupportNotice: false });
});

const render = (props: Record<string, unknown>) =>
  renderToStaticMarkup(h(LimitedTextfield, { label: 'Navn', onChange: () => {}, limit: 10, ...props } as never));
const counter = (html: string) => /<[^>]*data-field="counter"[^>]*>/.exec(html)?.[0];

describe('tooLong counts as the server counts (zod .max(): the string length)', () => {
  it.each([
    ['', 0, false],
    ['abc', 3, false],
    ['abcd', 3, true],
    ['  ab  ', 4, true], // spaces count while typing, as the counter shows them
    ['😀', 1, true], // one emoji is two UTF-16 code units, as zod counts it
    [null, 0, false],
    [undefined, 0, false],
    ['anything', undefined, false], // no limit
  ] as const)('%j with limit %s → %s', (value, limit, expected) => {
    expect(tooLong(value, limit)).toBe(expected);
  });
});

describe('LimitedTextfield', () => {
  it('shows a counter with the limit and the user\'s words for "left" and "too many"', () => {
    const shown = counter(render({ value: 'abc' }));
    expect(shown).toContain('data-limit="10"');
    expect(shown).toContain('data-under="%d tegn igjen"');
    expect(shown).toContain('data-over="%d tegn for mye"');
  });

  it('counts one line as well as several', () => {
    expect(render({ value: 'abc' })).toMatch(/<input[^>]*>/);
    expect(render({ value: 'abc', multiline: true, rows: 3 })).toMatch(/<textarea[^>]*>/);
    expect(counter(render({ value: 'abc', multiline: true, rows: 3 }))).toContain('data-limit="10"');
  });

  it('while a refusal is shown the message decides and the counter waits, unless the text is too long', () => {
    const refused = render({ value: 'abc', error: 'Feltet må fylles ut.' });
    expect(counter(refused)).toBeUndefined();
    expect(refused).toContain('Feltet må fylles ut.');
    expect(refused).toContain('aria-invalid="true"');
    const refusedAndLong = render({ value: 'x'.repeat(11), error: 'Feltet må fylles ut.' });
    expect(counter(refusedAndLong)).toContain('data-limit="10"');
    expect(refusedAndLong).toContain('Feltet må fylles ut.');
  });

  it('without a limit (a kind of field that has none) is a plain field', () => {
    expect(counter(render({ value: 'abc', limit: undefined }))).toBeUndefined();
  });
});
