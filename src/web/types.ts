// Shapes of the HTTP API (docs/api.md), inferred from the server's zod schemas: one source, so `npm run typecheck`
// fails in the web code when a response changes. Only `import type` from src/server (the lint rule for src/web
// refuses anything else): the types are erased at build time, so no server code and no zod is added to the bundle.
// Do not write an API shape by hand here or in a feature's *Api.ts: infer it from the schema the route answers with
// (export the schema from the server if it is not yet), with z.output for answers and z.input for request bodies.
import type { z } from 'zod';
import type { meUser } from '../server/auth/routes.ts';
import type { trail } from '../server/audit/routes.ts';
import type { participantJson } from '../server/features/participants/schemas.ts';
import type { orderJson } from '../server/features/orders/schemas.ts';
import type { counts } from '../server/features/start/routes.ts';
import type { counsellorList } from '../server/features/career-centre/routes.ts';
import type { countyJson, organisationJson, userJson } from '../server/features/admin/schemas.ts';
import type { briefJson, checklistJson, completenessJson } from '../server/features/brief/schemas.ts';
import type { letterJson, sessionJson } from '../server/features/sessions/schemas.ts';
import type { postponementJson } from '../server/features/postponements/schemas.ts';

export type Me = z.output<typeof meUser>;
export type Role = Me['role'];
export type OrganisationKind = NonNullable<Me['organisation']>['kind'];

export type Participant = z.output<typeof participantJson>;
export type ResidenceBasisCode = Participant['residenceBasis'];
export type GuidanceRightCode = Participant['guidanceRight'];
export type GuidanceRightReasonCode = Participant['guidanceRightBasis']['reason'];
export type DeadlineStatusCode = Participant['deadlines']['status'];

export type Order = z.output<typeof orderJson>;
export type OrderStatusCode = Order['status'];
export type OrderHistoryEntry = Order['history'][number];

export type AuditEvent = z.output<typeof trail>['items'][number];

/** For a list the web app must keep as a value (a select's options): `AssertTrue<SameType<Copy, Server>>` fails on drift. */
export type SameType<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type AssertTrue<T extends true> = T;

/** A page of a list answer (participants, orders): the items and the cursor of the next page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type StartCounts = z.output<typeof counts>['counts'];
export type Counsellor = z.output<typeof counsellorList>['items'][number];
export type Organisation = z.output<typeof organisationJson>;
export type County = z.output<typeof countyJson>;
export type AdminUser = z.output<typeof userJson>;

// ——— Handover brief, sessions, letters (docs/api.md § "Handover brief, sessions, …") ———

export type BriefCompleteness = z.output<typeof completenessJson>;
export type Brief = z.output<typeof briefJson>;
export type BriefItem = Brief['items'][number];
export type BriefItemUse = BriefItem['use'];
export type BriefSource = NonNullable<BriefItem['source']>;
export type BriefField = BriefItem['fields'][number];
export type Localized = BriefItem['label'];
export type Checklist = z.output<typeof checklistJson>;

export type GuidanceSession = z.output<typeof sessionJson>;
export type SessionMode = GuidanceSession['mode'];
export type SessionOutcomeCode = NonNullable<GuidanceSession['outcome']>['outcome'];
export type Interpreter = NonNullable<GuidanceSession['interpreter']>;
export type Letter = z.output<typeof letterJson>;
/** The letter's texts (src/content/letter-texts.ts) in the language the server chose. */
export type LetterTexts = Letter['texts'][number];

export type Postponement = z.output<typeof postponementJson>;
export type PostponementReasonCode = Postponement['reason'];
