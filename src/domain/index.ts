// Public surface of the domain rules, imported by the server and the web app.
export type { RuleSource } from './rule-source.ts';
export { addCalendarMonths, addDays, ageOn, daysBetween, isValidIsoDate, todayInOslo, type IsoDate } from './dates.ts';
export { guidanceRight, residenceBases, type GuidanceRight, type ResidenceBasis } from './guidance-right.ts';
export {
  DUE_SOON_DAYS,
  deadlineStatus,
  deadlineStatuses,
  decisionDeadline,
  type DeadlineStatus,
} from './decision-deadline.ts';
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
