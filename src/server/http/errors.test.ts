import { describe, expect, it } from 'vitest';
import { redacted } from './errors.ts';

describe('redacted errors for the log', () => {
  it('drops the parameters of a failed query, which may hold personal data', () => {
    const err = Object.assign(new Error('Failed query: insert into "participants" ("given_name") values ($1)\nparams: Amal,1988-03-14'), {
      cause: { code: '23505', message: 'duplicate key' },
    });
    const out = redacted(err);
    expect(out.message).toBe('Failed query: insert into "participants" ("given_name") values ($1)');
    expect(JSON.stringify(out)).not.toContain('Amal');
    expect(out.code).toBe('23505');
  });
});
