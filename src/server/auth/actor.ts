/** Who is making a request: the signed-in user with role and organisation, resolved from the session. */
export const roles = [
  'programme-adviser', 'municipality-lead', 'career-counsellor', 'career-centre-lead', 'administrator', 'statistics-reader',
  'content-editor', 'local-offer-editor',
] as const;
export type Role = (typeof roles)[number];

export type OrganisationKind = 'municipality' | 'career-centre' | 'national' | 'county' | 'nav-office';

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
  // Local offers (issue 18): the editor belongs to a municipality, and the same role at a county, a career centre or a
  // NAV office is allowed by localOfferEditorKinds (the one role with more than one kind of organisation).
  'local-offer-editor': 'municipality',
};

/** The organisations whose local offers an editor keeps: one role, four kinds of organisation (issue 18, item 1). */
export const localOfferEditorKinds: readonly OrganisationKind[] = ['municipality', 'county', 'career-centre', 'nav-office'];

/** May a user with this role belong to an organisation of this kind? */
export const roleFitsOrganisation = (role: Role, kind: OrganisationKind | undefined): boolean =>
  role === 'local-offer-editor' ? kind !== undefined && localOfferEditorKinds.includes(kind) : kind === organisationKindForRole[role];

export const isMunicipalityRole = (a: Actor) => municipalityRoles.includes(a.role);
export const isCareerCentreRole = (a: Actor) => careerCentreRoles.includes(a.role);
/** The municipality a municipality role works for, or null for any other actor (the policies' usual scope). */
export const ownMunicipality = (a: Actor): string | null => (isMunicipalityRole(a) && a.organisationId ? a.organisationId : null);
/** The career centre a centre role works at, or null for any other actor. */
export const ownCareerCentre = (a: Actor): string | null => (isCareerCentreRole(a) && a.organisationId ? a.organisationId : null);
