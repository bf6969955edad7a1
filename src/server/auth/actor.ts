/** Who is making a request: the signed-in user with role and organisation, resolved from the session. */
export const roles = [
  'programme-adviser', 'municipality-lead', 'career-counsellor', 'career-centre-lead', 'administrator', 'statistics-reader',
  'content-editor',
] as const;
export type Role = (typeof roles)[number];

export type OrganisationKind = 'municipality' | 'career-centre' | 'national';

export interface Actor {
  userId: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string | null;
  organisationKind: OrganisationKind | null;
  organisationName: string | null;
  sessionTokenHash: string;
}

export const municipalityRoles: readonly Role[] = ['programme-adviser', 'municipality-lead'];
export const careerCentreRoles: readonly Role[] = ['career-counsellor', 'career-centre-lead'];
export const leadRoles: readonly Role[] = ['municipality-lead', 'career-centre-lead'];

/** Which organisation kind each role belongs to; administrators and statistics readers sit at national level. */
export const organisationKindForRole: Record<Role, OrganisationKind> = {
  'programme-adviser': 'municipality',
  'municipality-lead': 'municipality',
  'career-counsellor': 'career-centre',
  'career-centre-lead': 'career-centre',
  administrator: 'national',
  'statistics-reader': 'national',
  // Keeps the opportunity map's texts right; sees no person.
  'content-editor': 'national',
};

export const isMunicipalityRole = (a: Actor) => municipalityRoles.includes(a.role);
export const isCareerCentreRole = (a: Actor) => careerCentreRoles.includes(a.role);
