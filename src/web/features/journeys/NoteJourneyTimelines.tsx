import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PlanStep } from '../../../domain/index.ts';
import { mapOverviewQuery } from '../map/mapData.ts';
import { journeysQuery } from './journeyData.ts';
import { JourneyTimeline } from './JourneyTimeline.tsx';

/** The note's Plan A and B on the journey timeline (screen and print). Shows nothing until the plans have steps. */
export function NoteJourneyTimelines({ planA, planB }: { planA: PlanStep[]; planB: PlanStep[] }) {
  const { t } = useTranslation();
  const map = useQuery(mapOverviewQuery());
  const journeys = useQuery(journeysQuery());
  if (!map.data || !journeys.data) return null;
  const plans = [['A', planA], ['B', planB]] as const;
  return (
    <div className="note-journeys stack">
      {plans.filter(([, steps]) => steps.length > 0).map(([plan, steps]) => (
        <JourneyTimeline key={plan} steps={steps} offers={map.data.offers} planning={journeys.data.planning} label={t('journeys.builder.timelineLabel', { plan })} />
      ))}
    </div>
  );
}
