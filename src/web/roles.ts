import type { Role } from './types.ts';

export const municipalityRoles: readonly Role[] = ['programme-adviser', 'municipality-lead'];
export const centreRoles: readonly Role[] = ['career-counsellor', 'career-centre-lead'];
const auditRoles: readonly Role[] = ['municipality-lead', 'career-centre-lead', 'administrator'];

export const isMunicipalityRole = (role: Role): boolean => municipalityRoles.includes(role);
export const isCentreRole = (role: Role): boolean => centreRoles.includes(role);
export const canSeeAudit = (role: Role): boolean => auditRoles.includes(role);
/** Roles that work with individual participants (statistics readers and administrators do not). */
export const canSeeParticipants = (role: Role): boolean => isMunicipalityRole(role) || isCentreRole(role);
/** Roles that may edit the texts of the opportunity map. */
export const canEditContent = (role: Role): boolean => role === 'content-editor' || role === 'administrator';
/** Roles that see the statistics pages (aggregates only; the server decides the level and the suppression). */
export const canSeeStatistics = (role: Role): boolean =>
  isMunicipalityRole(role) || isCentreRole(role) || role === 'statistics-reader' || role === 'administrator';
/** Leads and administrators see "Regelendringer": the dated rules and whom a change affects. */
export const canSeeRuleChanges = (role: Role): boolean =>
  role === 'municipality-lead' || role === 'career-centre-lead' || role === 'administrator';
/** Roles that may open the county fact sheet (the server answers 403 to the others): link to it only for them. */
export const canReadFactSheet = (role: Role): boolean => isCentreRole(role) || role === 'statistics-reader' || role === 'administrator';
/** Local-offer editors at a municipality, county, career centre or NAV office keep their organisation's local offers (issue 18). */
export const canEditLocalOffers = (role: Role): boolean => role === 'local-offer-editor';
