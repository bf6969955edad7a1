/**
 * First step of `npm test` (issue 20 point 9): what the suite needs from the machine beyond `npm ci`. The browser
 * tests need Debian's Chromium (Playwright's own download is not available here) and the fonts for Tigrinya
 * (Ethiopic) and Arabic script; the print checks read PDFs with poppler-utils' pdftotext. As root with apt the missing
 * Debian packages are installed; otherwise the run stops at once with the one command that installs them.
 * PostgreSQL is not needed: without DATABASE_URL the integration tests run on PGlite only, and the summary says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
/** Debian's packages and how to tell that each is there. */
const needs: { pkg: string; present: () => boolean }[] = [
  { pkg: 'chromium', present: () => existsSync(CHROMIUM) },
  { pkg: 'fonts-sil-abyssinica', present: () => debianInstalled('fonts-sil-abyssinica') ?? hasFont('ti') },
  { pkg: 'fonts-dejavu-core', present: () => debianInstalled('fonts-dejavu-core') ?? hasFont('ar') },
  { pkg: 'poppler-utils', present: () => onPath('pdftotext') },
];

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Whether dpkg has the package installed; null on a machine without dpkg. */
function debianInstalled(pkg: string): boolean | null {
  if (!onPath('dpkg-query')) return null;
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** Without dpkg: whether fontconfig knows a font for the language. */
function hasFont(lang: string): boolean {
  if (!onPath('fc-list')) return false;
  return spawnSync('fc-list', [`:lang=${lang}`], { encoding: 'utf8' }).stdout.trim().length > 0;
}

const missing = needs.filter((n) => !n.present()).map((n) => n.pkg);
if (missing.length) {
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() === 0 && onPath('apt-get')) {
    console.log(`pretest: installing Debian's ${missing.join(', ')}`);
    execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')} >/dev/null`], { stdio: 'inherit' });
    const still = needs.filter((n) => !n.present()).map((n) => n.pkg);
    if (still.length) {
      console.error(`pretest: still missing after apt-get: ${still.join(', ')}`);
      process.exit(1);
    }
  } else {
    console.error(`pretest: the tests need ${missing.join(', ')}. Install them with:\n\n  sudo ${command}\n`);
    process.exit(1);
  }
}
console.log(process.env['DATABASE_URL']
  ? 'pretest: Chromium, fonts and pdftotext found; integration tests run on PGlite and on PostgreSQL (DATABASE_URL)'
  : 'pretest: Chromium, fonts and pdftotext found; DATABASE_URL is not set, so integration tests run on PGlite only');
