import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DocumentText, parseDocumentText } from './DocumentText.tsx';

const render = (text: string) => renderToStaticMarkup(h(DocumentText, { text }));

describe('a shared document rendered as markdown light', () => {
  it('makes headings below the page heading, lists, bold and paragraphs', () => {
    const html = render('# Formål\n\nVi samarbeider.\nTo linjer.\n\n## Ansvar\n- **Kommunen** bestiller\n- Senteret veileder\n\n1. Før\n2. Etter');
    expect(html).toBe(
      '<div class="document-text"><h3>Formål</h3><p>Vi samarbeider.<br/>To linjer.</p><h4>Ansvar</h4>' +
      '<ul><li><strong>Kommunen</strong> bestiller</li><li>Senteret veileder</li></ul><ol><li>Før</li><li>Etter</li></ol></div>',
    );
  });
  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an image with an error handler', '<img src=x onerror="alert(1)">'],
    ['a link with javascript:', '[klikk](javascript:alert(1)) <a href="javascript:alert(1)">x</a>'],
    ['a heading with HTML', '# <b onclick="x()">Tittel</b>'],
  ])('shows %s as text, never as HTML', (_name, text) => {
    const html = render(text);
    expect(html).not.toMatch(/<(script|img|a|b)[\s>]/);
    expect(html).toContain('&lt;');
  });
  it('keeps a lone ** and a # without a space as text', () => {
    expect(parseDocumentText('#Ikke overskrift\n**')).toEqual([{ kind: 'paragraph', lines: ['#Ikke overskrift', '**'] }]);
  });
});
