import { Alert, Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MAX_PLAN_STEPS, placeSteps, type PlanStep } from '../../../domain/index.ts';
import { api, isApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import type { Participant } from '../../types.ts';
import { mapOverviewQuery, type EligibilityResponse, type PublishedOffer } from '../map/mapData.ts';
import { factsLookup, journeysQuery, planOverviewQuery, type JourneyPlan, type PlanId } from './journeyData.ts';
import { JourneyTimeline, type StepFlag } from './JourneyTimeline.tsx';
import { UseInNote } from './UseInNote.tsx';
import { useMe } from '../../session.ts';
import { LimitedTextfield, tooLong } from '../../components/LimitedTextfield.tsx';
import { textLimits } from '../../../domain/text-limits.ts';
import { localIdOf, useLocalOfferTitles, type PublicLocalOffer } from '../local-offers/localOfferData.ts';
import { LocalStepPicker } from '../local-offers/LocalStepPicker.tsx';

interface Draft {
  goal: string;
  startDate: string;
  steps: PlanStep[];
  version: number;
}

const MAX_MONTHS = 120;
const newStepId = () => `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const draftOf = (p: JourneyPlan): Draft => ({ goal: p.goal, startDate: p.startDate, steps: p.steps, version: p.version });

/**
 * `/deltakere/:id/reiseplan`: the counsellor and the participant build Plan A (and B) from map offers, placed in
 * time. Eligibility flags come from the map's rules for the participant's profile; totals from the journey rules.
 */
export function JourneyBuilderPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nb';
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const me = useMe();
  const participant = useQuery({ queryKey: ['participant', id], queryFn: () => api.get<Participant>(`/participants/${encodeURIComponent(id)}`) });
  const overview = useQuery(planOverviewQuery(id));
  const map = useQuery(mapOverviewQuery());
  const journeys = useQuery(journeysQuery());
  const name = participant.data ? `${participant.data.givenName} ${participant.data.familyName}` : '';
  useDocumentTitle(name ? t('journeys.builder.titleFor', { name }) : t('journeys.builder.title'));

  const [plan, setPlan] = useState<PlanId>('A');
  const [drafts, setDrafts] = useState<Partial<Record<PlanId, Draft>>>({});
  const [saved, setSaved] = useState(false);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState('');
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    if (!overview.data) return;
    setDrafts((d) => ({ A: d.A ?? draftOf(overview.data.plans[0]!), B: d.B ?? draftOf(overview.data.plans[1]!) }));
  }, [overview.data]);

  const draft = drafts[plan];
  const offers = map.data?.offers ?? [];
  const offerById = useMemo(() => new Map<string, PublishedOffer>(offers.map((o) => [o.id, o])), [offers]);
  const planning = journeys.data?.planning ?? [];
  const lookup = useMemo(() => factsLookup(offers, planning), [offers, planning]);

  // Local offers (`local:<uuid>`) have no eligibility rules of their own: only national offers are asked about.
  const offerIds = [...new Set((draft?.steps ?? []).flatMap((s) => (s.offerId && !localIdOf(s.offerId) ? [s.offerId] : [])))].sort();
  // A hook: called on every render, before the early returns below (React's rules of hooks).
  const localTitles = useLocalOfferTitles((draft?.steps ?? []).map((s) => s.offerId), t('localOffers.step.removed'));
  const eligibility = useQuery({
    queryKey: ['journey-eligibility', id, lang, offerIds, overview.data?.profile],
    enabled: !!overview.data && offerIds.length > 0,
    queryFn: () => api.post<EligibilityResponse>('/map/eligibility', { profile: overview.data!.profile, offerIds }),
  });
  const flags: Record<string, StepFlag> = {};
  for (const step of draft?.steps ?? []) {
    const result = eligibility.data?.results.find((r) => r.offerId === step.offerId);
    if (!result || (result.status !== 'not-eligible' && result.status !== 'unknown')) continue;
    flags[step.id] = {
      label: t(`journeys.builder.flag.${result.status}`),
      reason: [result.reasons[0]?.text, ...result.toFindOut].filter(Boolean).join(' '),
    };
  }

  const save = useMutation({
    mutationFn: (d: Draft) => api.put<JourneyPlan>(`/participants/${encodeURIComponent(id)}/journey-plans/${plan}`, d),
    onSuccess: (saved) => {
      setDrafts((d) => ({ ...d, [plan]: draftOf(saved) }));
      setSaved(true);
      void queryClient.invalidateQueries({ queryKey: ['journey-plans', id] });
    },
  });

  if (participant.isPending || overview.isPending || map.isPending || journeys.isPending) return <Loading label={t('journeys.builder.loading')} />;
  const failed = [participant, overview, map, journeys].find((q) => q.isError);
  if (failed) return <ErrorAlert error={failed.error} />;
  if (!draft) return <Loading label={t('journeys.builder.loading')} />;
  const mayEdit = overview.data!.mayEdit;
  // The goal's counter says it is too long; it is not sent until it fits (the server would refuse the plan).
  const saveDraft = () => {
    if (tooLong(draft.goal, textLimits.journeyGoal)) {
      document.getElementById('journey-goal')?.focus();
      return;
    }
    save.mutate(draft);
  };

  const update = (change: (d: Draft) => Draft, message?: string) => {
    setSaved(false);
    setDrafts((d) => ({ ...d, [plan]: change(d[plan]!) }));
    if (message) setAnnounce(message);
  };
  const placed = placeSteps(draft.steps, lookup);
  // A local offer (issue 18) is added like a national one, after the last step of the plan's free-text row.
  const addLocal = (offerId: string, offer: PublicLocalOffer) => {
    if (draft.steps.length >= MAX_PLAN_STEPS) return;
    const start = placed.filter((p) => p.lane === 'other').reduce((max, p) => Math.max(max, p.end), 0);
    update((d) => ({ ...d, steps: [...d.steps, { id: newStepId(), offerId, text: null, startMonth: start, durationMonths: 3 }] }),
      t('journeys.builder.added', { title: offer.title, from: start + 1, to: start + 3 }));
  };
  const placedOf = (stepId: string) => placed.find((p) => p.stepId === stepId)!;
  const titleOf = (s: PlanStep) => (s.offerId ? offerById.get(s.offerId)?.title[lang] ?? localTitles.get(s.offerId) ?? s.offerId : s.text ?? '');
  // Every step gets explicit months when it is touched, so what the user sees is what is saved.
  const setTiming = (stepId: string, start: number, duration: number) =>
    update((d) => ({ ...d, steps: d.steps.map((s) => (s.id === stepId ? { ...s, startMonth: start, durationMonths: duration } : s)) }));
  const move = (s: PlanStep, deltaStart: number, deltaDuration: number) => {
    const p = placedOf(s.id);
    const start = Math.min(MAX_MONTHS - 1, Math.max(0, p.start + deltaStart));
    const duration = Math.min(MAX_MONTHS, Math.max(1, p.end - p.start + deltaDuration));
    setTiming(s.id, start, duration);
    setAnnounce(t('journeys.builder.moved', { title: titleOf(s), from: start + 1, to: start + duration }));
  };
  const onMove = (stepId: string, startMonth: number) => {
    const p = placedOf(stepId);
    setTiming(stepId, Math.min(MAX_MONTHS - 1, startMonth), p.end - p.start);
  };

  const matches = offers.filter((o) => {
    const q = query.trim().toLowerCase();
    return !q || o.title.nb.toLowerCase().includes(q) || o.title.en.toLowerCase().includes(q) || o.id.includes(q);
  });
  const add = () => {
    const offer = offerById.get(chosen) ?? (matches.length === 1 ? matches[0] : undefined);
    if (!offer || draft.steps.length >= MAX_PLAN_STEPS) return;
    const facts = lookup(offer.id)!;
    // A new step starts when the last step in its lane ends: lanes run side by side.
    const inLane = placed.filter((p) => p.lane === offer.lane);
    const start = inLane.reduce((max, p) => Math.max(max, p.end), 0);
    update((d) => ({ ...d, steps: [...d.steps, { id: newStepId(), offerId: offer.id, text: null, startMonth: start, durationMonths: facts.defaultMonths }] }),
      t('journeys.builder.added', { title: offer.title[lang], from: start + 1, to: start + facts.defaultMonths }));
    setChosen('');
  };
  const remove = (s: PlanStep) => {
    update((d) => ({ ...d, steps: d.steps.filter((x) => x.id !== s.id) }), t('journeys.builder.removed', { title: titleOf(s) }));
    setConfirmRemove(null);
  };

  const conflict = isApiError(save.error) && save.error.status === 409;
  const lanes = ['language', 'work-and-education', 'supplementary', 'financing'] as const;

  return (
    <div className="journey-page journey-builder stack-lg">
      <div className="stack">
        <Paragraph data-size="sm" className="no-print"><Link to={`/deltakere/${id}`}>{t('journeys.builder.back')}</Link></Paragraph>
        <Heading level={1} data-size="lg">{t('journeys.builder.titleFor', { name })}</Heading>
        <Paragraph className="muted">{t('journeys.builder.lead')}</Paragraph>
        <div className="button-row no-print" role="group" aria-label={t('journeys.builder.choosePlan')}>
          {(['A', 'B'] as const).map((p) => (
            <Button key={p} variant={plan === p ? 'primary' : 'secondary'} data-size="sm" aria-pressed={plan === p} onClick={() => { setPlan(p); setSaved(false); save.reset(); }}>
              {t('journeys.builder.plan', { plan: p })}
            </Button>
          ))}
          <Button asChild variant="tertiary" data-size="sm">
            <Link to={`/deltakere/${id}/reiseplan/deltaker?plan=${plan}&lang=nb`}>{t('journeys.builder.participantVersion')}</Link>
          </Button>
        </div>
      </div>

      <p className="ds-sr-only" aria-live="polite">{announce}</p>

      {mayEdit ? (
        <section className="stack no-print" aria-labelledby="plan-details-heading">
          <Heading level={2} data-size="xs" id="plan-details-heading">{t('journeys.builder.details', { plan })}</Heading>
          <div className="form-row">
            <LimitedTextfield limit={textLimits.journeyGoal} id="journey-goal" label={t('journeys.builder.goal')} value={draft.goal} onChange={(e) => update((d) => ({ ...d, goal: e.target.value }))} />
            <Textfield label={t('journeys.builder.startDate')} description={t('journeys.builder.startDateHelp')} value={draft.startDate} onChange={(e) => update((d) => ({ ...d, startDate: e.target.value }))} error={save.error && isApiError(save.error) ? save.error.fields.find((f) => f.path === 'startDate')?.message : undefined} />
          </div>
          <div className="stack" role="search" aria-label={t('journeys.builder.addHeading')}>
            <Heading level={3} data-size="2xs">{t('journeys.builder.addHeading')}</Heading>
            <div className="form-row">
              <Textfield label={t('journeys.builder.search')} value={query} onChange={(e) => { setQuery(e.target.value); setChosen(''); }}
                onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
              <SelectField label={t('journeys.builder.offer', { count: matches.length })} value={chosen} onChange={(e) => setChosen(e.target.value)}>
                <option value="">{t('journeys.builder.chooseOffer')}</option>
                {lanes.map((lane) => {
                  const inLane: PublishedOffer[] = matches.filter((o) => o.lane === lane);
                  return inLane.length === 0 ? null : (
                    <optgroup key={lane} label={t(`journeys.lanes.${lane}`)}>
                      {inLane.map((o) => <option key={o.id} value={o.id}>{o.title[lang]}</option>)}
                    </optgroup>
                  );
                })}
              </SelectField>
              <Button data-size="sm" onClick={add} disabled={(!chosen && matches.length !== 1) || draft.steps.length >= MAX_PLAN_STEPS}>{t('journeys.builder.add')}</Button>
            </div>
          </div>
          <LocalStepPicker onAdd={addLocal} disabled={draft.steps.length >= MAX_PLAN_STEPS} />
        </section>
      ) : (
        <Alert data-color="info" data-size="sm"><Paragraph data-size="sm">{t('journeys.builder.readOnly')}</Paragraph></Alert>
      )}

      <section className="stack" aria-labelledby="steps-heading">
        <Heading level={2} data-size="xs" id="steps-heading">{t('journeys.builder.steps', { plan })}</Heading>
        {draft.goal ? <Paragraph><strong>{t('journeys.goal')}:</strong> {draft.goal}</Paragraph> : null}
        {draft.steps.length === 0 ? (
          <Paragraph className="muted">{t('journeys.builder.empty')}</Paragraph>
        ) : (
          <ol className="journey-steps">
            {draft.steps.map((s) => {
              const p = placedOf(s.id);
              const title = titleOf(s);
              return (
                <li key={s.id} className="journey-step" data-testid="plan-step">
                  <div className="journey-step__text">
                    <strong>{title}</strong>{' '}
                    <span className="muted">
                      {t(`journeys.lanes.${p.lane}`)} · {t('journeys.monthRange', { from: p.start + 1, to: p.end, count: p.end - p.start })}
                      {p.defaultDuration ? ` ${t('journeys.defaultDuration')}` : ''}
                    </span>
                    {flags[s.id] ? (
                      <Paragraph data-size="sm" data-testid="eligibility-flag">
                        <Tag data-color="warning" data-size="sm">{flags[s.id]!.label}</Tag> {flags[s.id]!.reason}
                      </Paragraph>
                    ) : null}
                  </div>
                  {mayEdit ? (
                    <div className="button-row journey-step__buttons no-print">
                      <Button variant="tertiary" data-size="sm" onClick={() => move(s, -1, 0)} disabled={p.start === 0} aria-label={t('journeys.builder.earlierLabel', { title })}>{t('journeys.builder.earlier')}</Button>
                      <Button variant="tertiary" data-size="sm" onClick={() => move(s, 1, 0)} aria-label={t('journeys.builder.laterLabel', { title })}>{t('journeys.builder.later')}</Button>
                      <Button variant="tertiary" data-size="sm" onClick={() => move(s, 0, -1)} disabled={p.end - p.start <= 1} aria-label={t('journeys.builder.shorterLabel', { title })}>{t('journeys.builder.shorter')}</Button>
                      <Button variant="tertiary" data-size="sm" onClick={() => move(s, 0, 1)} aria-label={t('journeys.builder.longerLabel', { title })}>{t('journeys.builder.longer')}</Button>
                      {confirmRemove === s.id ? (
                        <>
                          <Button variant="primary" data-color="danger" data-size="sm" onClick={() => remove(s)}>{t('journeys.builder.confirmRemove', { title })}</Button>
                          <Button variant="secondary" data-size="sm" onClick={() => setConfirmRemove(null)}>{t('common.cancel')}</Button>
                        </>
                      ) : (
                        <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => setConfirmRemove(s.id)} aria-label={t('journeys.builder.removeLabel', { title })}>{t('journeys.builder.remove')}</Button>
                      )}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section className="stack" aria-labelledby="timeline-heading">
        <Heading level={2} data-size="xs" id="timeline-heading">{t('journeys.builder.timeline', { plan })}</Heading>
        <JourneyTimeline steps={draft.steps} offers={offers} planning={planning} flags={flags} label={t('journeys.builder.timelineLabel', { plan })} onMove={mayEdit ? onMove : undefined} />
      </section>

      {mayEdit && me.role === 'career-counsellor' ? (
        <section className="stack no-print" aria-labelledby="note-heading">
          <Heading level={2} data-size="xs" id="note-heading">{t('journeys.note.heading')}</Heading>
          <Paragraph data-size="sm" className="muted">{t('journeys.note.help')}</Paragraph>
          <UseInNote participantId={id} planA={drafts.A?.steps ?? []} planB={drafts.B?.steps ?? []} />
        </section>
      ) : null}

      {mayEdit ? (
        <div className="stack no-print">
          {saved ? <Alert data-color="success" role="status"><Paragraph>{t('journeys.builder.saved', { plan })}</Paragraph></Alert> : null}
          {conflict ? (
            <Alert data-color="warning" role="alert">
              <Paragraph>{t('journeys.builder.conflict')}</Paragraph>
              <Button variant="secondary" data-size="sm" onClick={() => { setDrafts({}); save.reset(); void overview.refetch(); }}>{t('journeys.builder.reload')}</Button>
            </Alert>
          ) : save.isError ? <ErrorAlert error={save.error} /> : null}
          <div className="button-row">
            <Button onClick={saveDraft} disabled={save.isPending} aria-busy={save.isPending}>
              {save.isPending ? t('journeys.builder.saving') : t('journeys.builder.save', { plan })}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
