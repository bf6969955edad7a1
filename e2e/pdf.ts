import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PdfReading {
  pages: number;
  /** The text of every page in reading order, pages separated by form feeds. */
  text: string;
  /** Words that reach past a page's left or right edge or below its bottom: text cut off in print. */
  cutWords: string[];
}

/**
 * Reads a printed PDF with poppler-utils (pdfinfo, pdftotext; `npm test`'s pretest installs them) so a print test
 * checks what a person reads on paper: the words, where they are, how many pages. "Is a PDF" proves nothing.
 */
export function readPdf(pdf: Buffer): PdfReading {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veivalg-pdf-'));
  try {
    const file = path.join(dir, 'print.pdf');
    fs.writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const boxes = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const cutWords: string[] = [];
    for (const page of boxes.split('<page ').slice(1)) {
      const width = Number(/width="([\d.]+)"/.exec(page)![1]);
      const height = Number(/height="([\d.]+)"/.exec(page)![1]);
      for (const m of page.matchAll(/<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g)) {
        const [xMin, , xMax, yMax] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
        // Half a point of slack for rounding; a glyph past the paper's edge is not printed.
        if (xMin < -0.5 || xMax > width + 0.5 || yMax > height + 0.5) cutWords.push(`${m[5]} (x ${xMin}–${xMax} of ${width}, y to ${yMax} of ${height})`);
      }
    }
    return { pages, text, cutWords };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One space for every run of white space (a heading may wrap onto two lines on paper). */
export const flat = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The headings a person sees on the printed page (print media emulated by the caller), left-to-right ones: pdftotext
 * gives right-to-left text in visual order, so those are checked by their script instead.
 */
export async function printedHeadings(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4')]
    // Seen: not hidden, not clipped to a pixel for screen readers; as printed: CSS may set it in capitals.
    .filter((h) => h.checkVisibility() && !h.closest('[dir="rtl"]') && h.getBoundingClientRect().width > 1 && h.getBoundingClientRect().height > 1)
    .map((h) => {
      const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
      return getComputedStyle(h).textTransform === 'uppercase' ? text.toUpperCase() : text;
    }).filter(Boolean));
}

/** Saves a file a person should look at: in CI's artefacts folder (VEIVALG_ARTIFACTS_DIR, named by .ci/run) too. */
export function keepArtefact(name: string, data: Buffer): void {
  const dir = process.env['VEIVALG_ARTIFACTS_DIR'];
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), data);
}
