import { inArray, type SQL } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { careerCentreRoles } from '../../auth/actor.ts';

/** Who may read the centre's counsellors: the one place (issue 20, point 3). */

/** The list of a centre's counsellors (to assign an order) is for the centre's own counsellors and lead. */
export const counsellorListReaders = careerCentreRoles;

/** Who is listed: the centre's counsellors and its lead, who also takes orders (a condition on users). */
export const listedCounsellors = (): SQL => inArray(users.role, [...careerCentreRoles]);
