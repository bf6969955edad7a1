import { Alert, Button, Checkbox, Heading, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
// Straight from their modules, not the domain's index: that would bring the eligibility rules and zod to the map.
import { norwegianLevels, schoolingLevels } from '../../../domain/eligibility/profile.ts';
import { residenceBases } from '../../../domain/guidance-right.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import type { LevelInfo } from './mapData.ts';
import { levelKey } from '../../../content/map-i18n/model.ts';
import { useMapText } from './mapLanguage.tsx';
import { useMapState } from './MapRoot.tsx';
import { EligibilityTag, eligibilityStatuses } from './mapParts.tsx';
import {
  emptyProfile,
  invalidNumberFields,
  isEmptyProfile,
  toProfile,
  type NumberField,
  type ProfileField,
} from './profile.ts';

const fieldId = (field: ProfileField) => `profile-${field}`;

/**
 * "What do the rules say for this situation?" Every field is optional ("Vet ikke" is empty). The answer marks
 * each card; the profile is kept in memory only.
 */
export function ProfilePanel({ levels }: { levels: LevelInfo[] }) {
  const { t } = useTranslation();
  const { txt } = useMapText();
  const map = useMapState();
  const { values, setValues, setPanelOpen } = map;
  const [errors, setErrors] = useState<Partial<Record<NumberField, string>>>({});
  const focusSummary = useRef(false);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const answered = Boolean(map.asked && map.eligibility.data);
  useEffect(() => {
    if (answered && focusSummary.current && !map.eligibility.isPlaceholderData) {
      focusSummary.current = false;
      summaryRef.current?.focus();
      setPanelOpen(false);
    }
  }, [answered, map.eligibility.data, map.eligibility.isPlaceholderData, setPanelOpen]);

  const set = (field: ProfileField, value: string) => {
    setValues({ ...values, [field]: value });
    if (errors[field as NumberField]) setErrors({ ...errors, [field]: undefined });
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const invalid = invalidNumberFields(values);
    if (invalid.length > 0) {
      setErrors(Object.fromEntries(invalid.map((field) => [field, t('map.profile.wholeYears')])));
      document.getElementById(fieldId(invalid[0]!))?.focus();
      return;
    }
    setErrors({});
    const profile = toProfile(values);
    const same = map.asked !== null && JSON.stringify(profile) === JSON.stringify(map.asked) && map.eligibility.isSuccess;
    // When the answer is in: fold the form away so the marked map is in view, and put focus on the summary.
    if (same) {
      summaryRef.current?.focus();
      map.setPanelOpen(false);
      return;
    }
    map.ask(profile);
    focusSummary.current = true;
  };

  const reset = () => {
    setValues(emptyProfile);
    setErrors({});
    map.ask(null);
  };

  const years = (field: NumberField, className = 'years-field') => (
    <Textfield
      id={fieldId(field)}
      className={className}
      label={t(`map.profile.${field}`)}
      inputMode="numeric"
      autoComplete="off"
      value={values[field]}
      onChange={(event) => set(field, event.target.value)}
      error={errors[field]}
    />
  );

  const yesNo = (field: 'foreignEducationRecognised' | 'employed') => (
    <SelectField
      id={fieldId(field)}
      label={t(`map.profile.${field}`)}
      value={values[field]}
      onChange={(event) => set(field, event.target.value)}
    >
      <Select.Option value="">{t('map.profile.dontKnow')}</Select.Option>
      <Select.Option value="yes">{t('map.profile.yes')}</Select.Option>
      <Select.Option value="no">{t('map.profile.no')}</Select.Option>
    </SelectField>
  );

  const levelTitle = (level: string) =>
    level === 'none' ? t('map.profile.noNorwegian') : txt(levelKey(level, 'title'), levels.find((l) => l.level === level)?.title) || level;

  const changedSinceAsked =
    map.asked !== null && JSON.stringify(toProfile(values)) !== JSON.stringify(map.asked);

  return (
    <section className="profile-panel" aria-labelledby="profile-heading">
      <div className="profile-panel__head">
        <div>
          <Heading level={2} data-size="xs" id="profile-heading">
            {t('map.profile.heading')}
          </Heading>
          <Paragraph data-size="sm">{t('map.profile.lead')}</Paragraph>
        </div>
        <Button
          variant="secondary"
          data-size="sm"
          aria-expanded={map.panelOpen}
          aria-controls="profile-form"
          onClick={() => map.setPanelOpen(!map.panelOpen)}
        >
          {map.panelOpen ? t('map.profile.close') : map.asked ? t('map.profile.change') : t('map.profile.open')}
        </Button>
      </div>
      <div id="profile-form" hidden={!map.panelOpen}>
        <form onSubmit={submit} noValidate className="stack">
          {map.fromParticipant ? (
            <Alert data-color="info" data-size="sm">
              <Paragraph data-size="sm">{t('map.profile.fromParticipant')}</Paragraph>
            </Alert>
          ) : null}
          <div className="profile-fields">
            {years('age')}
            <SelectField
              id={fieldId('residenceBasis')}
              label={t('map.profile.residenceBasis')}
              value={values.residenceBasis}
              onChange={(event) => set('residenceBasis', event.target.value)}
            >
              <Select.Option value="">{t('map.profile.dontKnow')}</Select.Option>
              {residenceBases.map((basis) => (
                <Select.Option key={basis} value={basis}>
                  {t(`residenceBasis.${basis}`)}
                </Select.Option>
              ))}
            </SelectField>
            {years('yearsInNorway')}
            <SelectField
              id={fieldId('schooling')}
              label={t('map.profile.schooling')}
              value={values.schooling}
              onChange={(event) => set('schooling', event.target.value)}
            >
              <Select.Option value="">{t('map.profile.dontKnow')}</Select.Option>
              {schoolingLevels.map((level) => (
                <Select.Option key={level} value={level}>
                  {t(`map.schooling.${level}`)}
                </Select.Option>
              ))}
            </SelectField>
            {yesNo('foreignEducationRecognised')}
            <SelectField
              id={fieldId('norwegianLevel')}
              label={t('map.profile.norwegianLevel')}
              value={values.norwegianLevel}
              onChange={(event) => set('norwegianLevel', event.target.value)}
            >
              <Select.Option value="">{t('map.profile.dontKnow')}</Select.Option>
              {norwegianLevels.map((level) => (
                <Select.Option key={level} value={level}>
                  {levelTitle(level)}
                </Select.Option>
              ))}
            </SelectField>
            {years('yearsOfRelevantPractice')}
            {yesNo('employed')}
          </div>
          <Paragraph data-size="sm" className="muted">
            {t('map.profile.privacy')}
          </Paragraph>
          <div className="button-row">
            <Button type="submit" loading={map.eligibility.isFetching} disabled={map.eligibility.isFetching}>
              {t('map.profile.submit')}
            </Button>
            <Button type="button" variant="secondary" onClick={reset}>
              {t('map.profile.reset')}
            </Button>
          </div>
        </form>
      </div>

      <div aria-live="polite" className="profile-result">
        {map.eligibility.isError ? <ErrorAlert error={map.eligibility.error} /> : null}
        {map.asked && map.eligibility.data ? (
          <ResultSummary changed={changedSinceAsked} headingRef={summaryRef} />
        ) : null}
      </div>
    </section>
  );
}

function ResultSummary({ changed, headingRef }: { changed: boolean; headingRef: RefObject<HTMLParagraphElement | null> }) {
  const { t } = useTranslation();
  const map = useMapState();
  const results = map.eligibility.data?.results ?? [];
  const counts = eligibilityStatuses
    .map((status) => ({ status, count: results.filter((result) => result.status === status).length }))
    .filter((entry) => entry.count > 0);
  const empty = map.asked !== null && isEmptyProfile(map.asked);
  return (
    <div className="result-summary stack-sm">
      <Paragraph ref={headingRef} tabIndex={-1} className="result-summary__lead">
        <strong>{empty ? t('map.result.emptyProfile') : t('map.result.heading')}</strong>
      </Paragraph>
      <ul className="result-counts" aria-label={t('map.result.countsLabel')}>
        {counts.map(({ status, count }) => (
          <li key={status}>
            <EligibilityTag status={status} /> <span className="result-counts__n">{t('map.result.offers', { count })}</span>
          </li>
        ))}
      </ul>
      <Paragraph data-size="sm">{t('map.result.notADecision')}</Paragraph>
      {changed ? (
        <Paragraph data-size="sm" className="result-summary__changed">
          {t('map.result.changed')}
        </Paragraph>
      ) : null}
      <Checkbox
        label={t('map.result.onlyRelevant')}
        description={t('map.result.onlyRelevantHelp')}
        checked={map.onlyRelevant}
        onChange={(event) => map.setOnlyRelevant(event.target.checked)}
        data-size="sm"
        className="no-print"
      />
    </div>
  );
}
