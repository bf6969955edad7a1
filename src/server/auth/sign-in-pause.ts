/**
 * After repeated failed sign-ins an account is paused, doubling each time, to slow down password guessing
 * without locking out the real user for long.
 */
export const FREE_ATTEMPTS = 5;
const FIRST_PAUSE_SECONDS = 30;
const MAX_PAUSE_SECONDS = 15 * 60;

export function pauseSecondsAfter(failedSignIns: number): number {
  if (failedSignIns < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_PAUSE_SECONDS * 2 ** (failedSignIns - FREE_ATTEMPTS), MAX_PAUSE_SECONDS);
}
