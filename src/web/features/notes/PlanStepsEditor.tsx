import { Button, Fieldset, Heading, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { newStepId, offerPath, type PlanStep } from './noteApi.ts';
import { localIdOf, useLocalOfferTitles } from '../local-offers/localOfferData.ts';
import { fieldDomId, useOfferTitles } from './noteContent.ts';
import { LimitedTextfield, tooLong } from '../../components/LimitedTextfield.tsx';
import { PLAN_STEP_TEXT_MAX } from '../../../domain/text-limits.ts';

interface PlanStepsEditorProps {
  plan: 'planA' | 'planB';
  steps: PlanStep[];
  onChange: (steps: PlanStep[]) => void;
  disabled?: boolean;
}

/**
 * Plan A or Plan B as an ordered list of steps. A step is an offer from the opportunity map (by id, shown with its
 * title and a link) or free text. Reordering uses buttons, not drag and drop, so it works from the keyboard and
 * with a screen reader; focus follows the moved step.
 */
export function PlanStepsEditor({ plan, steps, onChange, disabled = false }: PlanStepsEditorProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { offers, titles: nationalTitles, language } = useOfferTitles();
  const titles = useStepTitles(steps, nationalTitles);
  const [search, setSearch] = useState('');
  const [offerId, setOfferId] = useState('');
  const [freeText, setFreeText] = useState('');
  const [offerError, setOfferError] = useState<string>();
  const [textError, setTextError] = useState<string>();
  const [removing, setRemoving] = useState<PlanStep | null>(null);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const planName = t(`notes.plan.${plan}`);

  useEffect(() => {
    if (!focusAfter) return;
    document.getElementById(focusAfter)?.focus();
    setFocusAfter(null);
  }, [focusAfter, steps]);

  const needle = search.trim().toLowerCase();
  const matches = offers.filter(
    (offer) => !needle || offer.title[language].toLowerCase().includes(needle) || offer.id.includes(needle),
  );

  const move = (index: number, by: -1 | 1, direction: 'up' | 'down') => {
    const target = index + by;
    if (target < 0 || target >= steps.length) return;
    const next = [...steps];
    const [step] = next.splice(index, 1);
    next.splice(target, 0, step!);
    onChange(next);
    // At the ends the same button is disabled, so focus goes to the one that still works.
    const atEnd = direction === 'up' ? target === 0 : target === steps.length - 1;
    setFocusAfter(`${plan}-${step!.id}-${atEnd ? (direction === 'up' ? 'down' : 'up') : direction}`);
  };

  const addOffer = () => {
    if (!offerId) {
      setOfferError(t('notes.plan.chooseOffer'));
      return;
    }
    setOfferError(undefined);
    onChange([...steps, { id: newStepId(), offerId, text: null, startMonth: null, durationMonths: null }]);
    setOfferId('');
    setSearch('');
  };

  const addText = () => {
    if (!freeText.trim()) {
      setTextError(t('notes.plan.writeStep'));
      return;
    }
    // The counter already says how many characters too many; the step is not added until it fits.
    if (tooLong(freeText, PLAN_STEP_TEXT_MAX)) return;
    setTextError(undefined);
    onChange([...steps, { id: newStepId(), offerId: null, text: freeText.trim(), startMonth: null, durationMonths: null }]);
    setFreeText('');
  };

  return (
    <section aria-labelledby={headingId} className="stack note-plan" data-plan={plan} id={fieldDomId(plan)} tabIndex={-1}>
      <Heading level={3} data-size="xs" id={headingId}>
        {planName}
      </Heading>
      {steps.length === 0 ? <Paragraph data-size="sm">{t('notes.plan.empty')}</Paragraph> : null}
      {steps.length > 0 ? (
        <ol className="plan-steps">
          {steps.map((step, index) => {
            const label = t('notes.plan.stepLabel', { plan: planName, number: index + 1 });
            return (
              <li key={step.id} className="plan-step" aria-label={label}>
                <div className="plan-step__body">
                  {step.offerId ? (
                    <>
                      <span className="plan-step__kind">{t('notes.plan.fromMap')}</span>
                      {localIdOf(step.offerId) ? (
                        <span>{titles.get(step.offerId) ?? step.offerId}</span>
                      ) : (
                        <Link to={offerPath(step.offerId)} target="_blank" rel="noopener">
                          {titles.get(step.offerId) ?? step.offerId}
                          <span className="ds-sr-only"> {t('notes.opensInNewTab')}</span>
                        </Link>
                      )}
                    </>
                  ) : (
                    <LimitedTextfield
                      limit={PLAN_STEP_TEXT_MAX}
                      multiline
                      rows={2}
                      label={t('notes.plan.stepText', { number: index + 1 })}
                      value={step.text ?? ''}
                      readOnly={disabled}
                      onChange={(event) =>
                        onChange(steps.map((s) => (s.id === step.id ? { ...s, text: event.target.value } : s)))
                      }
                    />
                  )}
                </div>
                {disabled ? null : (
                  <div className="button-row plan-step__actions">
                    <Button
                      id={`${plan}-${step.id}-up`}
                      variant="tertiary"
                      data-size="sm"
                      disabled={index === 0}
                      onClick={() => move(index, -1, 'up')}
                    >
                      {t('notes.plan.moveUp')}
                      <span className="ds-sr-only"> – {label}</span>
                    </Button>
                    <Button
                      id={`${plan}-${step.id}-down`}
                      variant="tertiary"
                      data-size="sm"
                      disabled={index === steps.length - 1}
                      onClick={() => move(index, 1, 'down')}
                    >
                      {t('notes.plan.moveDown')}
                      <span className="ds-sr-only"> – {label}</span>
                    </Button>
                    <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => setRemoving(step)}>
                      {t('notes.plan.remove')}
                      <span className="ds-sr-only"> – {label}</span>
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      ) : null}

      {disabled ? null : (
        <div className="plan-add">
          <Fieldset>
            <Fieldset.Legend>{t('notes.plan.addFromMap', { plan: planName })}</Fieldset.Legend>
            <div className="plan-add__row">
              <Textfield
                label={t('notes.plan.searchMap')}
                value={search}
                onChange={(event) => {
                  setSearch(event.target.value);
                  setOfferId('');
                }}
                autoComplete="off"
              />
              <SelectField
                label={t('notes.plan.offer', { count: matches.length })}
                value={offerId}
                onChange={(event) => setOfferId(event.target.value)}
                error={offerError}
              >
                <Select.Option value="">{t('form.choose')}</Select.Option>
                {matches.map((offer) => (
                  <Select.Option key={offer.id} value={offer.id}>
                    {offer.title[language]}
                  </Select.Option>
                ))}
              </SelectField>
              <Button variant="secondary" onClick={addOffer}>
                {t('notes.plan.addOffer')}
              </Button>
            </div>
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{t('notes.plan.addText', { plan: planName })}</Fieldset.Legend>
            <div className="plan-add__row">
              <LimitedTextfield
                limit={PLAN_STEP_TEXT_MAX}
                label={t('notes.plan.newStep')}
                value={freeText}
                onChange={(event) => setFreeText(event.target.value)}
                error={textError}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    addText();
                  }
                }}
              />
              <Button variant="secondary" onClick={addText}>
                {t('notes.plan.addStep')}
              </Button>
            </div>
          </Fieldset>
        </div>
      )}

      {removing ? (
        <ConfirmDialog
          title={t('notes.plan.removeTitle')}
          body={t('notes.plan.removeBody', {
            step: removing.offerId ? (titles.get(removing.offerId) ?? removing.offerId) : (removing.text ?? ''),
            plan: planName,
          })}
          confirmLabel={t('notes.plan.removeConfirm')}
          onConfirm={async () => onChange(steps.filter((s) => s.id !== removing.id))}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}

/** A plan as it reads in the sent note and on paper: numbered steps, map offers with their title and address. */
export function PlanStepsView({ steps, plan, heading = 3 }: { steps: PlanStep[]; plan: 'planA' | 'planB'; heading?: 2 | 3 }) {
  const { t } = useTranslation();
  const titles = useStepTitles(steps, useOfferTitles().titles);
  return (
    <section className="note-view__section" data-plan={plan}>
      <Heading level={heading} data-size="xs">
        {t(`notes.plan.${plan}`)}
      </Heading>
      {steps.length === 0 ? (
        <Paragraph className="muted">{t('notes.view.none')}</Paragraph>
      ) : (
        <ol className="plan-steps plan-steps--view">
          {steps.map((step) => (
            <li key={step.id}>
              {step.offerId && localIdOf(step.offerId) ? (
                <span>{titles.get(step.offerId) ?? step.offerId}</span>
              ) : step.offerId ? (
                <>
                  <Link to={offerPath(step.offerId)}>{titles.get(step.offerId) ?? step.offerId}</Link>
                  <span className="print-only plan-step__url">{`${window.location.origin}${offerPath(step.offerId)}`}</span>
                </>
              ) : (
                <span className="pre-wrap">{step.text}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * The titles of the offers the steps name: national ones from the map, local ones (`local:<uuid>`, issue 18) as
 * entered with their provider, a removed local offer marked so. A local offer has no page on the map: no link.
 */
function useStepTitles(steps: readonly PlanStep[], national: ReadonlyMap<string, string>): Map<string, string> {
  const { t } = useTranslation();
  const local = useLocalOfferTitles(steps.map((s) => s.offerId), t('localOffers.step.removed'));
  return new Map([...national, ...local]);
}
