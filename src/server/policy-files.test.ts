/**
 * One place per feature for who may do what (issue 20, point 3): a feature's role and organisation rules live in
 * its `policy.ts`, and its services and routes call them. This test reads every source file of every feature
 * (src/server/features/<feature>/*.ts, tests aside) and fails, naming file and line, when one outside policy.ts
 * compares a role itself: `actor.role ===`, `isCareerCentreRole(`, `roles.includes(`, a role's name as a string, a
 * role list of src/server/auth/actor.ts, or an organisation kind compared by hand.
 *
 * ALLOWED below lists the files that still match, each with why, so the next engineer sees what is left; a file
 * that no longer needs its entry makes the test fail too, so the list only shrinks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roles } from './auth/actor.ts';

const featuresDir = join(import.meta.dirname, 'features');

/** What counts as a role rule written outside policy.ts. */
const checks: { name: string; pattern: RegExp }[] = [
  { name: 'role compared', pattern: /\.role\s*[!=]==|[!=]==\s*[\w.]*\.role\b/ },
  { name: 'role helper of auth/actor.ts', pattern: /\bis(CareerCentre|Municipality)Role\(/ },
  { name: 'role list of auth/actor.ts', pattern: /\b(municipalityRoles|careerCentreRoles|leadRoles|localOfferEditorKinds)\b/ },
  { name: 'role looked up in a list', pattern: /\.includes\(\s*[\w.]*\.role\s*\)|\b\w*[Rr]oles\.includes\(/ },
  { name: "a role's name", pattern: new RegExp(`'(${roles.join('|')})'`) },
  { name: 'organisation kind compared', pattern: /organisationKind\s*[!=]==|[!=]==\s*[\w.]*organisationKind\b/ },
];

/**
 * Files that still compare a role outside policy.ts (feature/file → what and why). Remove an entry when you move its
 * rules; never add one for new code. Every feature's who-may rules are in its policy.ts; what is left here compares
 * a user record's role as data, not the actor's.
 */
const ALLOWED: Record<string, string> = {
  // A user record's role compared as data: whether an administrator's change touches the role (then the role must fit
  // the organisation: auth/actor.ts roleFitsOrganisation) and, if it changed, the user must sign in again. Who may
  // administer at all is admin/policy.ts. Not a rule about the actor: stays listed.
  'admin/service.ts': 'patch.role / current.role compared when an administrator changes a user',
};

function featureFiles(): string[] {
  return readdirSync(featuresDir, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) =>
    readdirSync(join(featuresDir, d.name))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'policy.ts')
      .map((f) => `${d.name}/${f}`));
}

/** Every line of a file that writes a role rule itself: "file:line: what — the line". */
function roleRulesIn(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '').replace(/\/\*\*.*?\*\//g, '');
    const hit = checks.find((c) => c.pattern.test(code));
    return hit ? [`${file}:${i + 1}: ${hit.name} — ${line.trim()}`] : [];
  });
}

describe("each feature's who-may rules live in its policy.ts", () => {
  const files = featureFiles();

  it('finds the feature files', () => {
    expect(files).toContain('notes/workflow.ts');
    expect(files).not.toContain('notes/policy.ts');
  });

  it('no feature file outside policy.ts compares roles, unless still listed in ALLOWED', () => {
    const offenders = files.filter((f) => !(f in ALLOWED))
      .flatMap((f) => roleRulesIn(f, readFileSync(join(featuresDir, f), 'utf8')));
    expect(offenders, `Move these rules into the feature's policy.ts:\n${offenders.join('\n')}`).toEqual([]);
  });

  it('every ALLOWED entry still has rules to move (the list only shrinks)', () => {
    const done = Object.keys(ALLOWED).filter((f) => !files.includes(f) || roleRulesIn(f, readFileSync(join(featuresDir, f), 'utf8')).length === 0);
    expect(done, `These files need no entry in ALLOWED any more: ${done.join(', ')}`).toEqual([]);
  });

  it('recognises a role check put back in a service', () => {
    expect(roleRulesIn('x/service.ts', "  if (actor.role !== 'career-centre-lead') throw forbidden();")).toHaveLength(1);
    expect(roleRulesIn('x/service.ts', '  if (!isCareerCentreRole(actor)) throw forbidden();')).toHaveLength(1);
    expect(roleRulesIn('x/service.ts', '  if (!COPY_ROLES.includes(actor.role)) throw forbidden();')).toHaveLength(1);
    expect(roleRulesIn('x/booking.ts', '  inArray(users.role, [...careerCentreRoles]),')).toHaveLength(1);
    expect(roleRulesIn('x/service.ts', "  if (actor.organisationKind === 'county') return null;")).toHaveLength(1);
    expect(roleRulesIn('x/service.ts', '  if (!mayWorkOnNote(side)) throw forbidden();')).toEqual([]);
    expect(roleRulesIn('x/service.ts', ' * the counsellor (career-counsellor) writes it')).toEqual([]);
  });
});
