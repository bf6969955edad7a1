import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 16, item 8: every text field whose text the server limits shows a counter while typing and refuses to send a
 * too long text (LimitedTextfield with `limit` from src/domain/text-limits.ts). This scan keeps it so: a plain
 * `<Textfield>` (or a Textarea) in the web app must be one of the fields below, each of which genuinely has no
 * length for a person to watch: its value is a date, a number, a password, an e-mail address, a link, a phone
 * number, a search that is never saved, or text the page only shows. A new field with a limit must be a
 * LimitedTextfield; a new field without one must be added here with its reason.
 */
const noLimit: Record<string, string[]> = {
  // Reasons, by kind of field:
  //   email/password: checked as an address or by the password rules; no one writes up to the technical bound.
  //   date/time/number: checked as a date, time or number (the server's length bound is a sanity check only).
  //   link/phone: checked as a URL or a phone number.
  //   search: filters a list on the page; never saved.
  //   read-only: shows text to copy; nothing is typed.
  'src/web/features/admin/UsersSection.tsx': [
    "t('admin.users.email')", // email
    "t('oidc.subject')", // an identifier pasted from the identity provider, not text a person writes
  ],
  'src/web/features/auth/SetPasswordPage.tsx': ["t('setPassword.password')", "t('setPassword.repeat')"], // password
  'src/web/features/auth/SignInPage.tsx': ["t('signIn.email')", "t('signIn.password')"], // email, password
  'src/web/features/calendar/CalendarPage.tsx': ["t('calendar.feed.address')"], // read-only
  'src/web/features/centre/CentrePage.tsx': ["t('centre.checklist.staleDays')"], // number
  'src/web/features/content/EditOfferPage.tsx': ["t('content.form.reviewDue')"], // date
  'src/web/features/cooperation/ContactsPage.tsx': [
    'labels.validFrom', 'labels.validTo', 'labels.from', 'labels.to', // date
    "t('cooperation.phone.label')", // phone
  ],
  'src/web/features/cooperation/DocumentFormPage.tsx': ['labels.effectiveFrom', 'labels.nextReviewOn'], // date
  'src/web/features/cooperation/DocumentPage.tsx': ['labels.effectiveFrom', 'labels.nextReviewOn', 'labels.nextReviewOn'], // date
  'src/web/features/cooperation/MeetingPage.tsx': ['labels.dueDate'], // date
  'src/web/features/cooperation/SeriesPage.tsx': ['labels.startsAt', "t('meetings.meeting.time')", 'labels.durationMinutes'], // date, time, number
  'src/web/features/gatherings/GatheringPage.tsx': ['labels.dueOn'], // date
  'src/web/features/gatherings/PlanGatheringPage.tsx': [
    "t('gatherings.field.startsOn')", "t('gatherings.field.endsOn')", "t('gatherings.field.registrationClosesOn')", // date
    "t('gatherings.field.capacityPerMunicipality')", "t('gatherings.field.item.day')", // number
    "t('gatherings.field.meetingUrl')", // link
  ],
  'src/web/features/journeys/JourneyBuilderPage.tsx': ["t('journeys.builder.startDate')", "t('journeys.builder.search')"], // date, search
  'src/web/features/local-offers/LocalOfferFormPage.tsx': [
    "t('localOffers.startDate', { n: i + 1 })", "label('applicationDeadline')", "label('reviewDue')", // date
    "label('instructionLanguages')", // language codes separated by commas: the server counts codes (localOfferLimits), not characters
  ],
  'src/web/features/map/ProfilePanel.tsx': ["t(`map.profile.${field}`)"], // number (age, years in Norway)
  'src/web/features/notes/FollowUpPages.tsx': ['t(label)'], // number (the municipality's day and year settings)
  'src/web/features/notes/NotePanels.tsx': ['block.label'], // read-only (the IMDinett text to copy)
  'src/web/features/notes/PlanStepsEditor.tsx': ["t('notes.plan.searchMap')"], // search
  'src/web/features/notes/WordingPanel.tsx': ["t('notes.wordings.search')"], // search
  'src/web/features/orders/OrderForm.tsx': ["t('orderForm.from')", "t('orderForm.to')"], // date
  'src/web/features/participant-page/ParticipantPageSection.tsx': [
    "t('participantPage.days')", // number
    "channel === 'sms' ? t('participantPage.phone') : t('participantPage.emailAddress')", // phone, email
    "t('participantPage.url')", // link
  ],
  'src/web/features/participant-page/TranslationsPage.tsx': ["t('translations.reviewedOn')"], // date
  // The participant's own page speaks the participant's language, where the counter's Norwegian or English words
  // would not belong (issue 16, item 6): the browser's maxLength={SURVEY_COMMENT_MAX} holds the limit instead.
  'src/web/features/participant-survey/SurveySection.tsx': ['texts.labels.comment'],
  'src/web/features/participants/ParticipantListPage.tsx': ["t('participants.search')"], // search
  'src/web/features/participants/PostponementSection.tsx': ["t('postponement.expectedDate')"], // date
  'src/web/features/sessions/SessionsSection.tsx': ["t('sessions.minutesUsed')"], // number
  'src/web/features/statistics/StatisticsPage.tsx': ["t('statistics.from')", "t('statistics.to')"], // date
  'src/web/features/talks/OrderTalks.tsx': ['labels.heldOn'], // date
  'src/web/features/talks/TalkSettingsSection.tsx': ["t('talks.settings.months')"], // number
  // The component itself wraps the one Textfield that has a counter.
  'src/web/components/LimitedTextfield.tsx': ['(none)'],
};

interface Field { file: string; line: number; tag: string; opening: string }

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.tsx') ? [join(dir, entry.name)] : []);

/** Every text field's opening tag in a source, up to its closing `>` outside braces. */
export function textFieldsIn(file: string, source: string): Field[] {
  const found: Field[] = [];
  for (const match of source.matchAll(/<(Textfield|LimitedTextfield|Textarea|textarea)\b/g)) {
    let depth = 0;
    let end = match.index + match[0].length;
    for (; end < source.length; end++) {
      const c = source[end];
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '>' && depth === 0 && source[end - 1] !== '=') break;
    }
    found.push({ file, line: source.slice(0, match.index).split('\n').length, tag: match[1]!, opening: source.slice(match.index, end + 1) });
  }
  return found;
}

/** The source text of an attribute's value (`label={t('x')}` → `t('x')`; `label="x"` → `"x"`), or undefined. */
export function attribute(opening: string, name: string): string | undefined {
  const at = new RegExp(`\\s${name}=`).exec(opening);
  if (!at) return undefined;
  const start = at.index + at[0].length;
  if (opening[start] === '"') return opening.slice(start, opening.indexOf('"', start + 1) + 1);
  let depth = 0;
  for (let i = start; i < opening.length; i++) {
    if (opening[i] === '{') depth++;
    else if (opening[i] === '}' && --depth === 0) return opening.slice(start + 1, i).replace(/\s+/g, ' ').trim();
  }
  return undefined;
}

const root = join(import.meta.dirname, '..', '..');
const fields = sources(join(root, 'src', 'web')).flatMap((path) => textFieldsIn(relative(root, path).replaceAll('\\', '/'), readFileSync(path, 'utf8')));
const where = (f: Field) => `${f.file}:${f.line}`;
const labelOf = (f: Field) => attribute(f.opening, 'label') ?? attribute(f.opening, 'aria-label') ?? '(none)';

describe('text fields with a limit (issue 16, item 8)', () => {
  it('finds the fields it guards (the scan itself works)', () => {
    expect(fields.filter((f) => f.tag === 'LimitedTextfield').length).toBeGreaterThan(50);
    const sample = textFieldsIn('x.tsx', `<div><Textfield\n  label={t('a')} onChange={(e) => set(e.target.value)} value={v} />\n<LimitedTextfield limit={9} label="b" /></div>`);
    expect(sample.map((f) => [f.tag, f.line, labelOf(f), attribute(f.opening, 'limit')])).toEqual([
      ['Textfield', 1, "t('a')", undefined],
      ['LimitedTextfield', 3, '"b"', '9'],
    ]);
  });

  it('every LimitedTextfield is given its limit', () => {
    const without = fields.filter((f) => f.tag === 'LimitedTextfield' && attribute(f.opening, 'limit') === undefined);
    expect(without.map(where)).toEqual([]);
  });

  it('a plain Textfield or Textarea is only one of the listed fields that have no limit to show', () => {
    const plain = fields.filter((f) => f.tag !== 'LimitedTextfield');
    const unlisted = plain.filter((f) => !(noLimit[f.file] ?? []).includes(labelOf(f)));
    expect(unlisted.map((f) => `${where(f)} label={${labelOf(f)}}: use LimitedTextfield with the server's limit, or list it in noLimit with why`))
      .toEqual([]);
  });

  it('the list names no field that is gone or has become limited (each entry is one plain field)', () => {
    const plain = fields.filter((f) => f.tag !== 'LimitedTextfield');
    const stale = Object.entries(noLimit).flatMap(([file, labels]) => {
      const inFile = plain.filter((f) => f.file === file).map(labelOf);
      // Each listed label stands for exactly as many plain fields as it is listed.
      return [...new Set(labels)].filter((label) => inFile.filter((l) => l === label).length !== labels.filter((l) => l === label).length)
        .map((label) => `${file} ${label}`);
    });
    expect(stale).toEqual([]);
  });
});
