// Shapes of the HTTP API (docs/api.md). The server validates them with zod; the web app trusts them.

export type Role =
  | 'programme-adviser'
  | 'municipality-lead'
  | 'career-counsellor'
  | 'career-centre-lead'
  | 'administrator'
  | 'statistics-reader'
  | 'content-editor';

export type OrganisationKind = 'municipality' | 'career-centre' | 'national';

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
export type DeadlineStatusCode = 'on-track' | 'due-soon' | 'overdue' | 'met' | 'postponed';
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
  programmeRequestDate: string | null;
  municipality: { id: string; name: string };
  guidanceRight: GuidanceRightCode;
  deadlines: {
    decision: string;
    startsFrom: 'settlement' | 'programme-request';
    status: DeadlineStatusCode;
    daysLeft: number;
  };
  latestOrder: { id: string; status: OrderStatusCode } | null;
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
    decisionDeadline: string;
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
  assignedCounsellor: { id: string; name: string } | null;
  rejectionReason: string | null;
  cancellationReason: string | null;
  history: OrderHistoryEntry[];
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
}
