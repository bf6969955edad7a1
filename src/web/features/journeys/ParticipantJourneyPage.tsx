import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { summariseJourney, type JourneyLane } from '../../../domain/index.ts';
import { strings } from '../../../content/participant-language/strings.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { mapOverviewQuery } from '../map/mapData.ts';
import { factsLookup, journeysQuery, planOverviewQuery, type JourneyPlan } from './journeyData.ts';
import { useLocalOfferTitles } from '../local-offers/localOfferData.ts';

type Lang = keyof typeof strings;
const languages: { code: Lang; name: string; dir: 'ltr' | 'rtl' }[] = [
  { code: 'nb', name: 'Norsk', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
];
// Kept in step with src/content/participant-language/index.ts (translationStatus); importing it would pull zod in.
const draftLanguages: readonly Lang[] = ['en', 'uk', 'ar'];

/** Simple pictograms, one per lane and for money: pictures over text (seed 003 ch. 8). Decorative: the words say it all. */
function Pictogram({ kind }: { kind: JourneyLane | 'money' | 'no-money' | 'goal' | 'handover' }) {
  const common = { width: 48, height: 48, viewBox: '0 0 48 48', 'aria-hidden': true, focusable: false, className: `pictogram pictogram--${kind}` } as const;
  switch (kind) {
    case 'language': // speech bubble
      return <svg {...common}><path d="M6 10h36v22H20l-9 8v-8H6z" fill="currentColor" opacity=".9" /><path d="M13 18h22M13 24h14" stroke="#fff" strokeWidth="3" /></svg>;
    case 'work-and-education': // book and briefcase
      return <svg {...common}><rect x="6" y="18" width="36" height="22" rx="3" fill="currentColor" /><path d="M18 18v-5h12v5" stroke="currentColor" strokeWidth="3" fill="none" /><path d="M6 28h36" stroke="#fff" strokeWidth="2" /></svg>;
    case 'supplementary': // two people
      return <svg {...common}><circle cx="17" cy="16" r="6" fill="currentColor" /><circle cx="32" cy="16" r="6" fill="currentColor" /><path d="M6 40c0-8 5-13 11-13s11 5 11 13zM21 40c0-8 5-13 11-13s11 5 11 13z" fill="currentColor" /></svg>;
    case 'financing':
    case 'money': // coins
      return <svg {...common}><ellipse cx="24" cy="34" rx="15" ry="6" fill="currentColor" /><ellipse cx="24" cy="26" rx="15" ry="6" fill="currentColor" opacity=".8" /><ellipse cx="24" cy="18" rx="15" ry="6" fill="currentColor" opacity=".6" /></svg>;
    case 'no-money': // coin crossed out
      return <svg {...common}><ellipse cx="24" cy="24" rx="15" ry="9" fill="currentColor" opacity=".5" /><path d="M8 40L40 8" stroke="currentColor" strokeWidth="4" /></svg>;
    case 'goal': // flag
      return <svg {...common}><path d="M12 6v38" stroke="currentColor" strokeWidth="4" /><path d="M14 8h24l-6 8 6 8H14z" fill="currentColor" /></svg>;
    case 'handover': // arrow between two hands (simplified as arrow)
      return <svg {...common}><path d="M6 24h30M28 14l10 10-10 10" stroke="currentColor" strokeWidth="5" fill="none" /></svg>;
    default: // other: a dot
      return <svg {...common}><circle cx="24" cy="24" r="12" fill="currentColor" /></svg>;
  }
}

/**
 * `/deltakere/:id/reiseplan/deltaker?lang=uk&plan=A`: the participant's own plan in their language, big text,
 * pictures over words, printable. The language in the URL is not personal data; the plan is fetched (and audited).
 */
export function ParticipantJourneyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const lang: Lang = (languages.find((l) => l.code === params.get('lang'))?.code ?? 'nb');
  const dir = languages.find((l) => l.code === lang)!.dir;
  const s = strings[lang];
  useDocumentTitle(s.ui.title);
  const overview = useQuery(planOverviewQuery(id));
  const map = useQuery(mapOverviewQuery());
  const journeys = useQuery(journeysQuery());
  // Local offers (`local:<uuid>`, issue 18): their title as the editor entered it, with the provider.
  const localTitles = useLocalOfferTitles((overview.data?.plans ?? []).flatMap((p) => p.steps.map((x) => x.offerId)), t('localOffers.step.removed'));

  if (overview.isPending || map.isPending || journeys.isPending) return <Loading label={t('journeys.builder.loading')} />;
  const failed = [overview, map, journeys].find((q) => q.isError);
  if (failed) return <ErrorAlert error={failed.error} />;

  const lookup = factsLookup(map.data!.offers, journeys.data!.planning);
  const wanted = params.get('plan') === 'B' ? ['B'] : params.get('plan') === 'A' ? ['A'] : ['A', 'B'];
  const plans = overview.data!.plans.filter((p) => wanted.includes(p.plan) && (p.steps.length > 0 || p.plan === 'A'));

  const renderPlan = (plan: JourneyPlan) => {
    const summary = summariseJourney(plan.steps, lookup);
    const ordered = [...summary.steps].sort((a, b) => a.start - b.start);
    return (
      <section key={plan.plan} className="pj-plan stack" aria-labelledby={`pj-plan-${plan.plan}`}>
        <h2 id={`pj-plan-${plan.plan}`} className="pj-plan__title">{plan.plan === 'A' ? s.ui.planA : s.ui.planB}</h2>
        {plan.goal ? (
          <p className="pj-goal"><Pictogram kind="goal" /> <span><strong>{s.ui.goal}:</strong> {plan.goal}</span></p>
        ) : null}
        <p className="pj-total"><Pictogram kind="goal" /> <span>{s.ui.timeToGoal}: {summary.totalMonths} {summary.totalMonths === 1 ? s.ui.month : s.ui.months}</span></p>
        {ordered.length === 0 ? <p>{s.ui.emptyPlan}</p> : (
          <ol className="pj-steps">
            {ordered.map((p) => {
              const step = plan.steps.find((x) => x.id === p.stepId)!;
              const title = p.offerId && p.offerId in s.offers ? s.offers[p.offerId as keyof typeof s.offers]
                : (p.offerId ? localTitles.get(p.offerId) : undefined) ?? step.text ?? s.ui.other;
              const handover = summary.transitions.find((tr) => tr.toStepId === p.stepId);
              return (
                <li key={p.stepId} className={`pj-step pj-lane--${p.lane}`}>
                  <Pictogram kind={p.lane} />
                  <div>
                    <p className="pj-step__title">{title}</p>
                    <p className="pj-step__meta">
                      {s.lanes[p.lane]} · {s.ui.fromMonth} {p.start + 1} · {p.end - p.start} {p.end - p.start === 1 ? s.ui.month : s.ui.months}
                    </p>
                    {p.actor ? <p className="pj-step__meta">{s.ui.responsible}: {s.actors[p.actor as keyof typeof s.actors] ?? p.actor}</p> : null}
                    {p.coversLivingCosts && p.lane !== 'financing' ? <p className="pj-step__meta"><Pictogram kind="money" /> {s.ui.wage}</p> : null}
                    {handover ? <p className="pj-step__meta"><Pictogram kind="handover" /> {s.ui.handover}</p> : null}
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        {summary.gaps.length > 0 ? (
          <div className="pj-gaps">
            <Pictogram kind="no-money" />
            <p>
              <strong>{s.ui.noIncome}:</strong>{' '}
              {summary.gaps.map((g) => `${s.ui.fromMonth} ${g.from + 1} (${g.to - g.from} ${g.to - g.from === 1 ? s.ui.month : s.ui.months})`).join(', ')}
            </p>
          </div>
        ) : null}
      </section>
    );
  };

  return (
    <div className="pj-page stack-lg">
      <div className="button-row no-print">
        <Link to={`/deltakere/${id}/reiseplan`}>{t('journeys.builder.backToBuilder')}</Link>
        <SelectField
          label={t('journeys.participant.language')}
          value={lang}
          onChange={(e) => { const next = new URLSearchParams(params); next.set('lang', e.target.value); setParams(next, { replace: true }); }}
        >
          {languages.map((l) => <option key={l.code} value={l.code} lang={l.code}>{l.name}</option>)}
        </SelectField>
        <Button variant="secondary" data-size="sm" onClick={() => window.print()}>{t('journeys.print')}</Button>
      </div>
      <div className="pj-sheet stack" lang={lang} dir={dir} data-testid="participant-journey">
        <Heading level={1} data-size="lg">{s.ui.title}</Heading>
        <p className="pj-intro">{s.ui.intro}</p>
        {plans.map(renderPlan)}
        <p className="pj-intro">{s.ui.notADecision}</p>
        {draftLanguages.includes(lang) ? (
          <Alert data-color="info" data-size="sm"><Paragraph data-size="sm">{s.ui.draftNotice}</Paragraph></Alert>
        ) : null}
      </div>
    </div>
  );
}
