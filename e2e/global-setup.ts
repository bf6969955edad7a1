import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Each run gets a fresh database folder (see playwright.config.ts). Remove the folders earlier runs left
 * behind (about 40 MB each); a folder touched in the last hour may belong to a run still going, so it stays.
 */
export default function removeOldDataFolders(): void {
  const current = process.env['VEIVALG_E2E_DATA_DIR'];
  const anHourAgo = Date.now() - 60 * 60_000;
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith('veivalg-e2e-')) continue;
    const folder = path.join(os.tmpdir(), name);
    if (folder === current) continue;
    try {
      if (fs.statSync(folder).mtimeMs < anHourAgo) fs.rmSync(folder, { recursive: true, force: true });
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}
