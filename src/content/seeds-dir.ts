import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The seeds (the Norwegian source reports the content quotes) for the tests that check the quotes verbatim: beside
 * the repository (`../shared/seeds` from its root), or where VEIVALG_SEEDS_DIR says. Test-only.
 */
export const seedsDir = process.env['VEIVALG_SEEDS_DIR'] ?? fileURLToPath(new URL('../../../shared/seeds', import.meta.url));

/**
 * Without the seeds a developer's machine skips the quote checks; CI (`CI` set, as `.ci/run` does) never does: the
 * test runs and fails, naming the folder it looked in.
 */
export const skipWithoutSeeds = !existsSync(seedsDir) && !process.env['CI'];

/** The first assertion of a quote check: in CI a missing folder is a failure with its path, not a skip. */
export function seedsMissingMessage(): string | null {
  return existsSync(seedsDir) ? null : `the seeds are not at ${seedsDir} (put them at ../shared/seeds beside the repository or set VEIVALG_SEEDS_DIR)`;
}
