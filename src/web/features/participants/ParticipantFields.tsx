import { Heading, Paragraph, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import {
  daysBetween,
  deadlineStatus,
  decisionDeadline,
  genders,
  guidanceRight,
  isValidIsoDate,
  residenceBases,
  todayInOslo,
} from '../../../domain/index.ts';
import { LanguageOptions } from '../../components/LanguageOptions.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { DeadlineStatusTag, GuidanceRightTag } from '../../components/StatusTags.tsx';
import { formatDate, toIsoDate } from '../../format.ts';
import {
  isResidenceBasis,
  participantFieldNames,
  type FieldErrors,
  type ParticipantField,
  type ParticipantFormValues,
} from './participantForm.ts';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { textLimits } from '../../../domain/text-limits.ts';

export const participantFieldId = (field: string) => `participant-${field}`;

/** Errors in form order, for the summary; errors without a known field are listed last, without a link. */
export function summaryOf(errors: FieldErrors, label: (field: string) => string) {
  const known = participantFieldNames
    .filter((field) => errors[field])
    .map((field) => ({ fieldId: participantFieldId(field), label: label(field), message: errors[field]! }));
  const other = Object.entries(errors)
    .filter(([key, message]) => message && !(participantFieldNames as readonly string[]).includes(key))
    .map(([, message]) => ({ message: message! }));
  return [...known, ...other];
}

interface Props {
  values: ParticipantFormValues;
  errors: FieldErrors;
  onChange: (field: ParticipantField, value: string) => void;
}

export function ParticipantFields({ values, errors, onChange }: Props) {
  const { t } = useTranslation();
  const text = (
    field: ParticipantField,
    options: { label?: string; description?: string; numeric?: boolean; className?: string } = {},
  ) => (
    <LimitedTextfield
      // The names have a limit; the other fields typed here are dates and numbers, checked as such.
      limit={field === 'givenName' || field === 'familyName' ? textLimits.personName : undefined}
      id={participantFieldId(field)}
      label={options.label ?? t(`participant.${field}`)}
      description={options.description}
      className={options.className}
      inputMode={options.numeric ? 'numeric' : undefined}
      value={values[field]}
      onChange={(event) => onChange(field, event.target.value)}
      error={errors[field]}
      autoComplete="off"
    />
  );
  const dateHelp = t('form.dateHelp');

  return (
    <div className="stack">
      <div className="field-pair">
        {text('givenName')}
        {text('familyName')}
      </div>
      {text('birthDate', { description: dateHelp, numeric: true, className: 'date-field' })}
      {text('nationalId', {
        label: t('participant.nationalIdOptional'),
        description: t('participant.nationalIdHelp'),
        numeric: true,
        className: 'id-field',
      })}
      <SelectField
        id={participantFieldId('preferredLanguage')}
        label={t('participant.preferredLanguage')}
        value={values.preferredLanguage}
        onChange={(event) => onChange('preferredLanguage', event.target.value)}
        error={errors['preferredLanguage']}
      >
        <Select.Option value="">{t('form.choose')}</Select.Option>
        <LanguageOptions current={values.preferredLanguage} />
      </SelectField>
      <SelectField
        id={participantFieldId('interpreterLanguage')}
        label={t('participant.interpreterLanguageOptional')}
        value={values.interpreterLanguage}
        onChange={(event) => onChange('interpreterLanguage', event.target.value)}
        error={errors['interpreterLanguage']}
      >
        <Select.Option value="">{t('participant.noInterpreter')}</Select.Option>
        <LanguageOptions current={values.interpreterLanguage} />
      </SelectField>
      <SelectField
        id={participantFieldId('residenceBasis')}
        label={t('participant.residenceBasis')}
        description={t('participant.residenceBasisHelp')}
        value={values.residenceBasis}
        onChange={(event) => onChange('residenceBasis', event.target.value)}
        error={errors['residenceBasis']}
      >
        <Select.Option value="">{t('form.choose')}</Select.Option>
        {residenceBases.map((basis) => (
          <Select.Option key={basis} value={basis}>
            {t(`residenceBasis.${basis}`)}
          </Select.Option>
        ))}
      </SelectField>
      {text('permitDate', {
        label: t('participant.permitDateOptional'),
        description: `${t('participant.permitDateHelp')} ${dateHelp}`,
        numeric: true,
        className: 'date-field',
      })}
      {text('settlementDate', { description: dateHelp, numeric: true, className: 'date-field' })}
      {text('programmeRequestDate', {
        label: t('participant.programmeRequestDateOptional'),
        description: t('participant.programmeRequestDateHelp'),
        numeric: true,
        className: 'date-field',
      })}
      {text('programmeEndDate', {
        label: t('participant.programmeEndDateOptional'),
        description: t('participant.programmeEndDateHelp'),
        numeric: true,
        className: 'date-field',
      })}
      <SelectField
        id={participantFieldId('gender')}
        label={t('participant.genderOptional')}
        description={t('participant.statisticsHelp')}
        value={values.gender}
        onChange={(event) => onChange('gender', event.target.value)}
        error={errors['gender']}
      >
        <Select.Option value="">{t('participant.notStated')}</Select.Option>
        {genders.map((g) => (
          <Select.Option key={g} value={g}>
            {t(`gender.${g}`)}
          </Select.Option>
        ))}
      </SelectField>
      <SelectField
        id={participantFieldId('countryBackground')}
        label={t('participant.countryBackgroundOptional')}
        description={t('participant.statisticsHelp')}
        value={values.countryBackground}
        onChange={(event) => onChange('countryBackground', event.target.value)}
        error={errors['countryBackground']}
      >
        <Select.Option value="">{t('participant.notStated')}</Select.Option>
        <CountryOptions current={values.countryBackground} />
      </SelectField>
    </div>
  );
}

// Countries most people settled under § 11 come from (IMDi's settlement figures); another stored code is kept as an option.
const commonCountries = ['AF', 'CD', 'ER', 'ET', 'IQ', 'IR', 'MM', 'PS', 'RU', 'SD', 'SO', 'SS', 'SY', 'TR', 'UA', 'YE'];

export function CountryOptions({ current }: { current: string }) {
  const { i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language === 'en' ? 'en' : 'nb'], { type: 'region' });
  const codes = current && !commonCountries.includes(current) ? [...commonCountries, current] : commonCountries;
  return (
    <>
      {codes
        .map((code) => ({ code, name: names.of(code) ?? code }))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(({ code, name }) => (
          <Select.Option key={code} value={code}>
            {name}
          </Select.Option>
        ))}
    </>
  );
}

/**
 * What the rules say for the values typed so far, computed with the same domain functions as the server.
 * Only a preview: the server computes again when it stores.
 */
export function RulePreview({ values }: { values: ParticipantFormValues }) {
  const { t } = useTranslation();
  const settlement = toIsoDate(values.settlementDate);
  const request = toIsoDate(values.programmeRequestDate);
  const permit = toIsoDate(values.permitDate);
  const birth = toIsoDate(values.birthDate);
  const settlementOk = isValidIsoDate(settlement);
  const requestOk = request === '' || isValidIsoDate(request);
  const permitOk = permit === '' || isValidIsoDate(permit);

  const today = todayInOslo();
  const right = settlementOk && requestOk && permitOk && isValidIsoDate(birth) && isResidenceBasis(values.residenceBasis)
    ? guidanceRight({
        residenceBasis: values.residenceBasis, birthDate: birth, settlementDate: settlement,
        permitDate: permit || null, programmeRequestDate: request || null,
      })
    : null;
  // Not covered by § 11: no § 12 deadline to show (the same rule as the server's).
  const deadline = settlementOk && requestOk && right?.right !== 'none'
    ? decisionDeadline({ settlementDate: settlement, programmeRequestDate: request || null })
    : null;

  return (
    <aside className="rule-preview" aria-labelledby="rule-preview-heading">
      <Heading level={2} data-size="2xs" id="rule-preview-heading">
        {t('preview.heading')}
      </Heading>
      <div aria-live="polite" className="stack-sm">
        {deadline ? (
          <div>
            <Paragraph>
              <strong>{t('preview.deadline', { date: formatDate(deadline.date) })}</strong>
            </Paragraph>
            <Paragraph data-size="sm">{t(`deadline.startsFrom.${deadline.startsFrom}`)}</Paragraph>
            <DeadlineStatusTag
              status={deadlineStatus({ deadline: deadline.date, today })}
              daysLeft={daysBetween(today, deadline.date)}
            />
          </div>
        ) : (
          <Paragraph data-size="sm">{right?.right === 'none' ? t('deadlineStatus.no-deadline') : t('preview.deadlineMissing')}</Paragraph>
        )}
        {right ? (
          <div>
            <Paragraph>
              <strong>{t('preview.right')}</strong> <GuidanceRightTag right={right.right} />
            </Paragraph>
            <Paragraph data-size="sm">{t(`guidanceRightReason.${right.reason}`)}</Paragraph>
            {right.provisional ? (
              <Paragraph data-size="sm" data-testid="preview-provisional">{t('guidanceRightBasis.provisional')}</Paragraph>
            ) : null}
          </div>
        ) : (
          <Paragraph data-size="sm">{t('preview.rightMissing')}</Paragraph>
        )}
        <Paragraph data-size="xs" className="muted">
          {t('preview.note')}
        </Paragraph>
      </div>
    </aside>
  );
}
