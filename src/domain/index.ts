// Public surface of the domain rules, imported by the server and the web app.
export type { RuleSource } from './rule-source.ts';
export { addCalendarMonths, addDays, ageOn, daysBetween, isValidIsoDate, todayInOslo, type IsoDate } from './dates.ts';
export {
  changeAffects,
  guidanceRight,
  guidanceRightReasons,
  guidanceRightRules,
  guidanceRuleChanges,
  recommendationRequired,
  residenceBases,
  type GuidanceRight,
  type GuidanceRightInput,
  type GuidanceRightReason,
  type GuidanceRightAnswer,
  type GuidanceRightChange,
  type GuidanceRuleChange,
  type ResidenceBasis,
} from './guidance-right.ts';
export {
  DUE_SOON_DAYS,
  deadlineStatus,
  deadlineStatuses,
  decisionDeadline,
  decisionDeadlineFor,
  type DeadlineStatus,
} from './decision-deadline.ts';
export { RULE_SET_VERSION, storedRuleResults, type StoredRuleResults } from './rule-set.ts';
export { nationalIdKind } from './national-id.ts';
export {
  checkOrderTransition,
  orderStatuses,
  orderTransitions,
  reasonRequired,
  sideThatMay,
  type OrderSide,
  type OrderStatus,
} from './guidance-order.ts';
export {
  NO_LEGAL_BASIS,
  eligibilityFor,
  eligibilityForAll,
  eligibilityStatuses,
  norwegianLevels,
  offerIdsWithRules,
  schoolingLevels,
  type EligibilityReason,
  type EligibilityResult,
  type EligibilityStatus,
  type LocalizedText,
  type NorwegianLevel,
  type Profile,
  type SchoolingLevel,
} from './eligibility/index.ts';
export {
  DEFAULT_STALE_AFTER_DAYS,
  briefCompleteness,
  briefItemDefinition,
  briefItemKeys,
  briefItemUses,
  briefSources,
  checkChecklistConfig,
  defaultChecklistConfig,
  handoverChecklist,
  isStale,
  itemUse,
  literacyLevels,
  parseBriefField,
  recognitionAnswers,
  staleFrom,
  type BriefCompleteness,
  type BriefFieldSpec,
  type BriefFieldValue,
  type BriefItemDefinition,
  type BriefItemState,
  type BriefItemUse,
  type BriefSource,
  type ChecklistConfig,
} from './handover-checklist.ts';
export {
  DEFAULT_GROUP_CAPACITY,
  MAX_SESSION_MINUTES,
  MIN_SESSION_MINUTES,
  adviserRoles,
  bookingsOverlap,
  checkSessionOutcome,
  findClash,
  groupRoom,
  groupSessionModes,
  interpreterModes,
  interpreterStatuses,
  outcomeReasonRequired,
  seatsLeft,
  sessionKinds,
  sessionModes,
  sessionOutcomes,
  threePartyWith,
  type Booking,
  type SessionKind,
  type SessionMode,
  type SessionOutcome,
} from './guidance-session.ts';
export { guidanceHours, guidanceHoursEstimates, hoursEstimateOn, minutesUsed, type GuidanceHours, type HoursLine } from './guidance-hours.ts';
export {
  postponementDecidedWith, postponementReasonCodes, postponementReasons, postponementReminderDue, postponementSource,
  REMINDER_DAYS, type PostponementDecidedWith, type PostponementReason,
} from './postponement.ts';
export * from './guidance-note-model.ts';
export {
  FREE_TEXT_DEFAULT_MONTHS, financingConflictRules, placeSteps, summariseJourney, transitionsOf,
  type FinancingConflict, type JourneyLane, type JourneyOfferFacts, type JourneySummary, type MonthRange, type OfferFactsLookup,
  type PlacedStep, type Transition,
} from './journey.ts';
export * from './guidance-note.ts';
export {
  HIDDEN, SUPPRESS_BELOW, UNDER_5, ageBand, ageBandOn, ageBands, ageBandsSource, countryCodePattern, genders, heldBeforeDeadline, highestSchooling,
  median, medianOfCounts, shownOver, shownShare, suppress, suppressGroup, suppressionSource, type AgeBand, type AgeBandKey, type Gender, type ShownCount,
} from './statistics.ts';
export {
  contactKinds, contactRoutingSource, contactsOn, coversDay, isAbsent, routeOrder,
  type Absence, type ContactKind, type ContactPeriod,
} from './contact-routing.ts';
export {
  DEFAULT_CENTRE_ACCESS_DAYS_AFTER_FEEDBACK, MAX_CENTRE_ACCESS_DAYS_AFTER_FEEDBACK, centreAccess, centreAccessSource, centreOpenOrderStatuses,
  orderGivesAccess, type CentreAccess, type CentreAccessReason, type CentreOrderFacts,
} from './centre-access.ts';
export {
  DEFAULT_RETENTION_YEARS, MAX_RETENTION_YEARS, MIN_RETENTION_YEARS, retentionDue, retentionLimit, retentionRules, retentionSource,
  type RetentionAction, type RetentionRule,
} from './retention.ts';
export {
  actionOverdue, actionSourceKinds, actionStatuses, cooperationMeetingsSource, meetingIntervalKeys, meetingIntervals, meetingTextLimits,
  nationalIdsIn, nextMeetingDate, type ActionSourceKind, type ActionStatus, type MeetingInterval,
} from './cooperation-meetings.ts';
export {
  NOTE_READ_WITHIN_DAYS, PRACTICE_PERIOD_DAYS, comparingPracticeSource, practiceFigures, readInTime, type PracticeCounts, type PracticeFigures,
} from './comparing-practice.ts';
export {
  DEFAULT_FOLLOW_UP_PROPOSAL_MONTHS, MAX_FOLLOW_UP_PROPOSAL_MONTHS, MIN_FOLLOW_UP_PROPOSAL_MONTHS, TALK_TEXT_MAX, followUpProposal,
  followUpPurposes, followUpSource, missingTalks, navHandoverItems, navHandoverSource, orderKinds, orderTalksSource, talkKinds,
  type FollowUpProposal, type FollowUpPurpose, type NavHandoverItem, type OrderKind, type TalkKind,
} from './order-talks.ts';
export {
  LOCAL_OFFER_MAX_REVIEW_DAYS, LOCAL_OFFER_PREFIX, LOCAL_OFFER_REVIEW_REMINDER_DAYS, isLocalOfferCurrent, lastStartDate, localOfferAreaSchema,
  localOfferIdOf, localOfferInputSchema, localOfferLanes, localOfferReminderDue, localOfferStepId, mapLanguages, refusedStartDates,
  reviewDueProblem, upcomingStartDates, type LocalOfferArea, type LocalOfferInput, type MapLanguage,
} from './local-offers.ts';
