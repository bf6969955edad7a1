// Shapes of the HTTP API (docs/api.md). The server validates them with zod; the web app trusts them.
import type { LetterLanguage, LetterTexts as LetterTextContent } from '../content/letter-texts.ts';

export type Role =
  | 'programme-adviser'
  | 'municipality-lead'
  | 'career-counsellor'
  | 'career-centre-lead'
  | 'administrator'
  | 'statistics-reader'
  | 'content-editor'
  | 'local-offer-editor';

export type OrganisationKind = 'municipality' | 'career-centre' | 'national' | 'county' | 'nav-office';

export interface Me {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisation: { id: string; name: string; kind: OrganisationKind } | null;
}

export type ResidenceBasisCode =
  | 'refugee'
  | 'refugee-family-reunification'
  | 'collective-protection'
  | 'other-family-reunification'
  | 'other';
export type GuidanceRightCode = 'right-and-duty' | 'right' | 'none';
export type GuidanceRightReasonCode =
  | 'target-group-18-55' | 'collective-protection' | 'outside-age-range' | 'not-in-target-group' | 'not-newly-settled' | 'introduksjonsloven';
export type DeadlineStatusCode = 'on-track' | 'due-soon' | 'overdue' | 'met' | 'postponed' | 'no-deadline';
export type OrderStatusCode =
  | 'draft'
  | 'sent'
  | 'accepted'
  | 'rejected'
  | 'scheduled'
  | 'completed'
  | 'cancelled';

export interface Participant {
  id: string;
  version: number;
  givenName: string;
  familyName: string;
  birthDate: string;
  nationalId: string | null;
  preferredLanguage: string;
  interpreterLanguage: string | null;
  residenceBasis: ResidenceBasisCode;
  settlementDate: string;
  /** Date the residence permit was granted; decides the law and the age that count. */
  permitDate: string | null;
  programmeRequestDate: string | null;
  programmeEndDate: string | null;
  gender: 'female' | 'male' | 'other' | null;
  /** ISO 3166-1 alpha-2, e.g. "SY". */
  countryBackground: string | null;
  municipality: { id: string; name: string };
  guidanceRight: GuidanceRightCode;
  guidanceRightBasis: {
    reason: GuidanceRightReasonCode;
    law: 'integreringsloven' | 'introduksjonsloven';
    age: number;
    decidingDate: 'permit-date' | 'settlement-date-fallback';
    provisional: boolean;
    ruleId: string | null;
    source: { law: string; effectiveFrom: string; url: string | null };
  };
  guidanceRightChange: { from: GuidanceRightCode | null; to: GuidanceRightCode; on: string; cause: 'rules' | 'edit' } | null;
  /** No deadline (null) when the person is not covered by § 11. */
  deadlines: {
    decision: string | null;
    startsFrom: 'settlement' | 'programme-request' | null;
    status: DeadlineStatusCode;
    daysLeft: number | null;
  };
  latestOrder: { id: string; status: OrderStatusCode } | null;
  /** The open postponement of guidance, if any; reminderDue when its new date is near. */
  postponement: { id: string; reason: PostponementReasonCode; expectedDate: string; reminderDue: boolean } | null;
  createdAt: string;
  updatedAt: string;
}

export interface OrderHistoryEntry {
  from: OrderStatusCode | null;
  to: OrderStatusCode;
  at: string;
  by: { id: string; name: string } | null;
  reason: string | null;
}

export interface Order {
  id: string;
  version: number;
  participantId: string;
  participant: {
    id: string;
    givenName: string;
    familyName: string;
    decisionDeadline: string | null;
    deadlineStatus: DeadlineStatusCode;
  };
  municipality: { id: string; name: string };
  careerCentre: { id: string; name: string };
  status: OrderStatusCode;
  format: 'individual' | 'group';
  preferredFrom: string | null;
  preferredTo: string | null;
  language: string;
  interpreterLanguage: string | null;
  mode: 'in-person' | 'digital';
  message: string;
  /** 'follow-up': a later conversation with a purpose and no § 11 deadline (issue 13 item 5). */
  kind: 'first' | 'follow-up';
  purpose: 'end-of-programme' | 'change-of-plan' | 'other' | null;
  purposeText: string;
  /** Pre-talk and follow-up talk: whether the centre expects them, and which are missing (issue 13 item 4). */
  talks: { expected: boolean; missing: ('pre-talk' | 'follow-up-talk')[] };
  assignedCounsellor: { id: string; name: string } | null;
  rejectionReason: string | null;
  cancellationReason: string | null;
  history: OrderHistoryEntry[];
  brief?: BriefCompleteness;
  /** The note at a glance, without opening it (the municipality sees it only once sent). */
  note?: {
    id: string;
    status: 'draft' | 'in-review' | 'approved' | 'sent';
    lastSentAt: string | null;
    sentNumber: number | null;
    readByMunicipality: boolean;
  } | null;
  createdAt: string;
  updatedAt: string;
}

export interface AuditEvent {
  id: string;
  at: string;
  type: string;
  actor: { id: string; name: string; role: Role } | null;
  participantId: string | null;
  orderId: string | null;
  data: unknown;
  /** participant.corrected, for the participant's municipality lead: before, after and why (null once erased). */
  correction?: { oldValue: string | null; newValue: string | null; reason: string } | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface StartCounts {
  participants?: number;
  deadlineDueSoon?: number;
  deadlineOverdue?: number;
  ordersDraft?: number;
  ordersSent?: number;
  ordersIncoming?: number;
  ordersAccepted?: number;
  ordersScheduled?: number;
}

export interface Counsellor {
  id: string;
  name: string;
  email: string;
}

export interface Organisation {
  id: string;
  version: number;
  name: string;
  kind: OrganisationKind;
  countyId: string | null;
  servedByCareerCentreId: string | null;
}

export interface County {
  id: string;
  name: string;
}

export interface AdminUser {
  id: string;
  version: number;
  name: string;
  email: string;
  role: Role;
  organisationId: string | null;
  active: boolean;
  hasPassword: boolean;
  /** The identity provider's subject or object id this user signs in with; null: linked by e-mail. */
  oidcSubject: string | null;
}

// ——— Handover brief, sessions, letters (docs/api.md § "Handover brief, sessions, …") ———

export type BriefItemUse = 'required' | 'needed' | 'not-needed';
export type BriefSource = 'mapping' | 'mapping-import' | 'adviser' | 'participant' | 'settlement-team';
export interface Localized {
  nb: string;
  en: string;
}
export interface BriefField {
  name: string;
  label: Localized;
  kind: 'text' | 'language' | 'integer' | 'date' | 'choice' | 'choices';
  optional: boolean;
  min?: number;
  max?: number;
  options?: string[];
}
export interface BriefCompleteness {
  complete: boolean;
  answered: number;
  required: number;
  missing: string[];
  filled: number;
  items: number;
}
export interface BriefItem {
  key: string;
  label: Localized;
  specialCategory: boolean;
  fields: BriefField[];
  use: BriefItemUse;
  state: 'answered' | 'unknown' | 'missing' | 'restricted';
  value: Record<string, unknown> | null;
  source: BriefSource | null;
  verifiedBy: { id: string; name: string } | null;
  verifiedOn: string | null;
  stale: boolean;
  version: number | null;
}
export interface Brief {
  participantId: string;
  careerCentre: { id: string; name: string } | null;
  staleAfterDays: number;
  completeness: BriefCompleteness;
  items: BriefItem[];
}
export interface Checklist {
  careerCentre: { id: string; name: string };
  version: number;
  staleAfterDays: number;
  items: (Omit<BriefItem, 'state' | 'value' | 'source' | 'verifiedBy' | 'verifiedOn' | 'stale' | 'version'> & {
    defaultUse: 'required' | 'needed';
  })[];
}

export type SessionMode = 'in-person' | 'digital' | 'phone';
export type SessionOutcomeCode = 'held' | 'no-show' | 'broken-off' | 'cancelled';
export interface Interpreter {
  language: string;
  dialect: string | null;
  mode: 'on-site' | 'phone' | 'video';
  status: 'requested' | 'booked' | 'confirmed' | 'none-available';
  service: string | null;
  reference: string | null;
  briefing: string | null;
  briefingTermIds: string[];
}
export interface GuidanceSession {
  id: string;
  version: number;
  reference: string;
  orderId: string;
  participant: { id: string; givenName: string; familyName: string };
  municipality: { id: string; name: string };
  careerCentre: { id: string; name: string };
  kind: 'individual' | 'three-party';
  threePartyWith: 'adviser' | 'nav' | null;
  mode: SessionMode;
  place: string | null;
  meetingUrl: string | null;
  phone: string | null;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  leadCounsellor: { id: string; name: string };
  secondCounsellor: { id: string; name: string } | null;
  adviserRole: 'absent' | 'observer' | 'participant';
  plannedIntervalDays: number | null;
  interpreter: Interpreter | null;
  outcome: null | {
    outcome: SessionOutcomeCode;
    reason: string | null;
    minutesUsed: number | null;
    interpreterTookPart: boolean | null;
    interpreterQualityProblem: string | null;
    recordedBy: { id: string; name: string };
    recordedAt: string;
  };
  createdAt: string;
  updatedAt: string;
}
/** The letter's texts (src/content/letter-texts.ts) in the language the server chose. */
export interface LetterTexts extends LetterTextContent {
  lang: LetterLanguage;
}
export interface Letter {
  sessionId: string;
  reference: string;
  participant: { givenName: string; familyName: string; preferredLanguage: string; preferredLanguageAvailable: boolean };
  careerCentre: { name: string };
  date: string;
  time: string;
  endTime: string;
  durationMinutes: number;
  timeZone: string;
  mode: SessionMode;
  place: string | null;
  meetingUrl: string | null;
  phone: string | null;
  interpreterLanguage: string | null;
  cancelled: boolean;
  contact: { kind: 'adviser' | 'municipality'; name: string; email: string | null; phone: string | null };
  texts: LetterTexts[];
}

export type PostponementReasonCode =
  | 'settling-in-little-schooling-long-programme'
  | 'health'
  | 'family-situation'
  | 'awaiting-norwegian-or-life-skills'
  | 'participant-wish'
  | 'other';

export interface Postponement {
  id: string;
  participantId: string;
  reason: PostponementReasonCode;
  reasonText: string | null;
  justification: string;
  expectedDate: string;
  decidedWith: 'adviser-alone' | 'with-centre';
  decidedOn: string;
  reminderDue: boolean;
  endedAt: string | null;
  version: number;
  createdAt: string;
}
