import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
// From its module, not the domain's index: the public journey pages need no zod or eligibility rules.
import { summariseJourney, type JourneyLane, type PlacedStep } from '../../../domain/journey.ts';
import type { PlanStep } from '../../../domain/guidance-note-model.ts';
import { useCellLabels } from '../../components/DataTable.tsx';
import { offerKey } from '../../../content/map-i18n/model.ts';
import type { Localized, PublishedOffer } from '../map/mapData.ts';
import { MapText, plainMarkers, useMapLanguage } from '../map/mapLanguage.tsx';
import { factsLookup, type PlanningFact } from './journeyData.ts';
import { useLocalOfferTitles } from '../local-offers/localOfferData.ts';

/** Lanes top to bottom, as on the map; free-text steps last. */
const laneOrder: JourneyLane[] = ['language', 'work-and-education', 'supplementary', 'financing', 'other'];

export interface StepFlag {
  /** Short words for the tag, e.g. "Ikke aktuelt etter reglene". */
  label: string;
  /** Why, in full. */
  reason: string;
}

export interface JourneyTimelineProps {
  steps: readonly PlanStep[];
  offers: readonly PublishedOffer[];
  planning: readonly PlanningFact[];
  /** Accessible name of the timeline, e.g. "Tidslinje for Plan A". */
  label: string;
  /** Per step: what this phase means for this person (example journeys). */
  notes?: Readonly<Record<string, Localized | undefined>>;
  /** Per step: the note's key in the map's translation files (the public journey pages, in the map's language). */
  noteKeys?: Readonly<Record<string, string>>;
  /** Per step: an eligibility flag from the rules. */
  flags?: Readonly<Record<string, StepFlag | undefined>>;
  /** Builder only: move a step to a new start month (drag, or Shift+arrow keys on a focused phase). */
  onMove?: (stepId: string, startMonth: number) => void;
}

/**
 * A journey on a timeline: months along the top, the map's lanes as rows, each step a focusable phase.
 * Arrow keys move between phases (roving tabindex), Enter opens the details; "Vis som tabell" shows the same as a
 * table for screen readers and anyone who prefers one. Reused by the example journeys, the builder and the note's print.
 */
export function JourneyTimeline({ steps, offers, planning, label, notes, noteKeys, flags, onMove }: JourneyTimelineProps) {
  const { t } = useTranslation();
  // On the public pages the map's language (any of eight); in the staff's builder and notes, nb or en.
  const { text } = useMapLanguage();
  // A title edited after its translation (or not translated) comes in Norwegian: shown marked, as on the offer cards.
  const offerTitle = (offer: PublishedOffer) => text(offerKey(offer.id, 'title'), offer.title, (offer.editedTexts ?? []).includes('title'));
  const noteText = (stepId: string) => {
    const note = notes?.[stepId];
    return note ? text(noteKeys?.[stepId] ?? '', note) : undefined;
  };
  const noteOf = (stepId: string) => {
    const note = noteText(stepId);
    return note ? plainMarkers(note.text) : undefined;
  };
  // A step naming a local offer (`local:<uuid>`, issue 18) shows its title as entered, with the provider.
  const localTitles = useLocalOfferTitles(steps.map((s) => s.offerId), t('localOffers.step.removed'));
  const baseId = useId();
  const [asTable, setAsTable] = useState(false);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const stepsTable = useCellLabels();
  const drag = useRef<{ stepId: string; x: number; start: number; moved: boolean } | null>(null);

  const lookup = useMemo(() => factsLookup(offers, planning), [offers, planning]);
  const summary = useMemo(() => summariseJourney(steps, lookup), [steps, lookup]);
  const offerById = useMemo(() => new Map<string, PublishedOffer>(offers.map((o) => [o.id, o])), [offers]);
  const months = Math.max(12, summary.totalMonths);

  const titleOf = (p: PlacedStep) => {
    const step = steps.find((s) => s.id === p.stepId);
    const offer = p.offerId ? offerById.get(p.offerId) : undefined;
    return offer ? plainMarkers(offerTitle(offer).text) : (p.offerId ? localTitles.get(p.offerId) : undefined) ?? step?.text ?? t('journeys.freeText');
  };
  /** The title as shown: a national offer's title through MapText (Norwegian names, "only in Norwegian"). */
  const titleNode = (p: PlacedStep) => {
    const offer = p.offerId ? offerById.get(p.offerId) : undefined;
    return offer ? <MapText value={offerTitle(offer)} /> : titleOf(p);
  };
  const noteNode = (stepId: string) => {
    const note = noteText(stepId);
    return note ? <MapText value={note} /> : null;
  };
  const actorOf = (p: PlacedStep) => (p.actor ? t(`map.actors.${p.actor}`) : t('journeys.noActor'));
  const monthsText = (p: PlacedStep) => t('journeys.monthRange', { from: p.start + 1, to: p.end, count: p.end - p.start });

  // Rows: each lane in use, with as many sub-rows as it has parallel steps.
  const rows = laneOrder.flatMap((lane) => {
    const inLane = summary.steps.filter((p) => p.lane === lane);
    if (inLane.length === 0 && (lane === 'other' || lane === 'supplementary')) return [];
    const count = Math.max(1, ...inLane.map((p) => p.row + 1));
    return Array.from({ length: count }, (_, row) => ({ lane, row, steps: inLane.filter((p) => p.row === row) }));
  });
  // Keyboard order: in time, then top to bottom.
  const ordered = rows.flatMap((r, i) => r.steps.map((p) => ({ p, rowIndex: i }))).sort((a, b) => a.p.start - b.p.start || a.rowIndex - b.rowIndex);
  const current = focusedId && ordered.some((o) => o.p.stepId === focusedId) ? focusedId : ordered[0]?.p.stepId ?? null;

  const focusStep = (stepId: string) => {
    setFocusedId(stepId);
    const phase = () => gridRef.current?.querySelector<HTMLElement>(`[data-step-id="${CSS.escape(stepId)}"]`);
    // At once, so that the next key press (a quick Home then Enter) already goes to this phase; and again after
    // the re-render, for a phase that was moved and so re-rendered.
    phase()?.focus();
    requestAnimationFrame(() => phase()?.focus());
  };

  const onKeyDown = (e: KeyboardEvent, p: PlacedStep) => {
    const index = ordered.findIndex((o) => o.p.stepId === p.stepId);
    const here = ordered[index]!;
    if (onMove && e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      onMove(p.stepId, Math.max(0, p.start + (e.key === 'ArrowLeft' ? -1 : 1)));
      focusStep(p.stepId);
      return;
    }
    let next: string | undefined;
    if (e.key === 'ArrowRight') next = ordered[index + 1]?.p.stepId;
    else if (e.key === 'ArrowLeft') next = ordered[index - 1]?.p.stepId;
    else if (e.key === 'Home') next = ordered[0]?.p.stepId;
    else if (e.key === 'End') next = ordered[ordered.length - 1]?.p.stepId;
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      // The nearest phase in time in the next row down (or up) that has one.
      const dir = e.key === 'ArrowDown' ? 1 : -1;
      for (let r = here.rowIndex + dir; r >= 0 && r < rows.length; r += dir) {
        const candidates = ordered.filter((o) => o.rowIndex === r);
        if (candidates.length === 0) continue;
        next = candidates.reduce((best, o) => (Math.abs(o.p.start - p.start) < Math.abs(best.p.start - p.start) ? o : best)).p.stepId;
        break;
      }
    } else return;
    e.preventDefault();
    if (next) focusStep(next);
  };

  const monthWidth = () => {
    const grid = gridRef.current;
    const cell = grid?.querySelector<HTMLElement>('.journey-grid__month');
    return cell?.getBoundingClientRect().width || 24;
  };
  const onPointerDown = (e: PointerEvent<HTMLButtonElement>, p: PlacedStep) => {
    if (!onMove || e.button !== 0) return;
    drag.current = { stepId: p.stepId, x: e.clientX, start: p.start, moved: false };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || !onMove) return;
    const delta = Math.round((e.clientX - d.x) / monthWidth());
    if (delta !== 0 || d.moved) {
      d.moved = true;
      onMove(d.stepId, Math.max(0, d.start + delta));
    }
  };
  const onPointerUp = () => {
    const d = drag.current;
    drag.current = null;
    // A drag is not a click: keep the details as they were.
    if (d?.moved) setOpenId((id) => id);
  };

  const open = openId ? summary.steps.find((p) => p.stepId === openId) : undefined;
  const offerOf = (p: PlacedStep) => (p.offerId ? offerById.get(p.offerId) : undefined);
  const livingCostText = (p: PlacedStep) => {
    if (p.lane === 'financing') return t('journeys.isLivingCost');
    if (p.coversLivingCosts) return t('journeys.wage');
    const options = offerOf(p)?.livingCosts ?? [];
    return options.length > 0
      ? t('journeys.livingCostOptions', { list: options.map((id) => { const o = offerById.get(id); return o ? offerTitle(o) : id; }).join(', ') })
      : t('journeys.noLivingCostOptions');
  };

  const totals = (
    <dl className="journey-totals">
      <div><dt>{t('journeys.totalMonths')}</dt><dd data-testid="total-months">{t('journeys.monthsCount', { count: summary.totalMonths })}</dd></div>
      <div>
        <dt>{t('journeys.gapMonths')}</dt>
        <dd data-testid="gap-months">
          {summary.gapMonths === 0 ? t('journeys.noGaps') : t('journeys.monthsCount', { count: summary.gapMonths })}
          {summary.gaps.length > 0 ? ` (${summary.gaps.map((g) => t('journeys.monthSpan', { from: g.from + 1, to: g.to })).join(', ')})` : null}
        </dd>
      </div>
      <div><dt>{t('journeys.transitions')}</dt><dd data-testid="transitions">{summary.transitions.length}</dd></div>
    </dl>
  );

  const transitionList = summary.transitions.length > 0 ? (
    <ul className="journey-transitions">
      {summary.transitions.map((tr) => (
        <li key={`${tr.fromStepId}-${tr.toStepId}`}>
          {t('journeys.transitionText', {
            month: tr.month + 1, from: t(`map.actors.${tr.fromActor}`), to: t(`map.actors.${tr.toActor}`), lane: t(`journeys.lanes.${tr.lane}`),
          })}
          {tr.gapMonths > 0 ? ` ${t('journeys.transitionGap', { count: tr.gapMonths })}` : null}
        </li>
      ))}
    </ul>
  ) : null;

  return (
    <section className="journey-timeline stack" aria-label={label}>
      {totals}
      {summary.financingConflicts.map((c) => (
        <Paragraph key={`${c.offerIds.join()}-${c.months.from}`} className="journey-conflict" role="note">
          {t('journeys.conflict', { from: c.months.from + 1, to: c.months.to })}
        </Paragraph>
      ))}
      {transitionList}
      <div className="button-row no-print">
        <Button variant="secondary" data-size="sm" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          {asTable ? t('journeys.showTimeline') : t('journeys.showTable')}
        </Button>
        {!asTable ? <Paragraph data-size="sm" className="muted">{onMove ? t('journeys.keysBuilder') : t('journeys.keys')}</Paragraph> : null}
      </div>

      {asTable ? (
        <Table ref={stepsTable} className="journey-table data-table" data-size="sm" border>
          <caption>{label}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('journeys.table.step')}</Table.HeaderCell>
              <Table.HeaderCell>{t('journeys.table.lane')}</Table.HeaderCell>
              <Table.HeaderCell>{t('journeys.table.months')}</Table.HeaderCell>
              <Table.HeaderCell>{t('journeys.table.responsible')}</Table.HeaderCell>
              <Table.HeaderCell>{t('journeys.table.livingCosts')}</Table.HeaderCell>
              <Table.HeaderCell>{t('journeys.table.notes')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {[...summary.steps].sort((a, b) => a.start - b.start).map((p) => (
              <Table.Row key={p.stepId}>
                <Table.HeaderCell scope="row">{titleNode(p)}</Table.HeaderCell>
                <Table.Cell>{t(`journeys.lanes.${p.lane}`)}</Table.Cell>
                <Table.Cell>{monthsText(p)}{p.defaultDuration ? ` ${t('journeys.defaultDuration')}` : ''}</Table.Cell>
                <Table.Cell>{offerOf(p) ? offerOf(p)!.responsible.map((a) => t(`map.actors.${a}`)).join(', ') : actorOf(p)}</Table.Cell>
                <Table.Cell>{livingCostText(p)}</Table.Cell>
                <Table.Cell>
                  {[noteOf(p.stepId), flags?.[p.stepId] ? `${flags[p.stepId]!.label}: ${flags[p.stepId]!.reason}` : undefined].filter(Boolean).join(' ')}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <div
          ref={gridRef}
          className="journey-grid"
          role="group"
          aria-roledescription={t('journeys.timelineRole')}
          aria-label={label}
          style={{ '--journey-months': months } as React.CSSProperties}
        >
          <div className="journey-grid__corner" aria-hidden="true">{t('journeys.month')}</div>
          {Array.from({ length: months }, (_, m) => (
            <div key={m} className="journey-grid__month" aria-hidden="true" style={{ gridColumn: m + 2, gridRow: 1 }}>
              {m === 0 || (m + 1) % 6 === 0 ? m + 1 : ''}
            </div>
          ))}
          {rows.map((r, i) => (
            <div key={`${r.lane}-${r.row}`} className="journey-grid__row" style={{ display: 'contents' }}>
              <div className={`journey-grid__lane journey-lane--${r.lane}`} style={{ gridColumn: 1, gridRow: i + 2 }}>
                {r.row === 0 ? t(`journeys.lanes.${r.lane}`) : ''}
              </div>
              {r.lane === 'financing'
                ? summary.gaps.map((g) => (
                    <div
                      key={`gap-${g.from}`}
                      className="journey-gap"
                      style={{ gridColumn: `${g.from + 2} / ${g.to + 2}`, gridRow: i + 2 }}
                      title={t('journeys.gapTitle')}
                    >
                      <span className="ds-sr-only">{t('journeys.gapTitle')} {t('journeys.monthSpan', { from: g.from + 1, to: g.to })}</span>
                      <span aria-hidden="true">{t('journeys.gapShort')}</span>
                    </div>
                  ))
                : null}
              {r.steps.map((p) => (
                <button
                  key={p.stepId}
                  type="button"
                  data-step-id={p.stepId}
                  data-testid="journey-phase"
                  title={titleOf(p)}
                  className={`journey-phase journey-lane--${p.lane}${flags?.[p.stepId] ? ' journey-phase--flagged' : ''}${openId === p.stepId ? ' journey-phase--open' : ''}`}
                  style={{ gridColumn: `${p.start + 2} / ${p.end + 2}`, gridRow: i + 2 }}
                  tabIndex={p.stepId === current ? 0 : -1}
                  aria-expanded={openId === p.stepId}
                  aria-controls={`${baseId}-details`}
                  onFocus={() => setFocusedId(p.stepId)}
                  onKeyDown={(e) => onKeyDown(e, p)}
                  onClick={() => { if (!drag.current?.moved) setOpenId((id) => (id === p.stepId ? null : p.stepId)); }}
                  onPointerDown={(e) => onPointerDown(e, p)}
                  onPointerMove={onPointerMove}
                  onPointerUp={onPointerUp}
                >
                  <span className="journey-phase__title">{titleNode(p)}</span>
                  <span className="ds-sr-only">
                    {`, ${t(`journeys.lanes.${p.lane}`)}, ${monthsText(p)}, ${actorOf(p)}`}
                    {flags?.[p.stepId] ? `, ${flags[p.stepId]!.label}` : ''}
                  </span>
                  {flags?.[p.stepId] ? <span className="journey-phase__flag" aria-hidden="true">!</span> : null}
                </button>
              ))}
            </div>
          ))}
        </div>
      )}

      <div id={`${baseId}-details`} className="journey-details" aria-live="polite">
        {open && !asTable ? (
          <div className="stack">
            <Heading level={3} data-size="2xs">{titleNode(open)}</Heading>
            <Paragraph data-size="sm">
              {t(`journeys.lanes.${open.lane}`)} · {monthsText(open)}
              {open.defaultDuration ? ` ${t('journeys.defaultDuration')}` : ''}
            </Paragraph>
            <Paragraph data-size="sm"><strong>{t('journeys.table.responsible')}:</strong> {offerOf(open) ? offerOf(open)!.responsible.map((a) => t(`map.actors.${a}`)).join(', ') : actorOf(open)}</Paragraph>
            <Paragraph data-size="sm"><strong>{t('journeys.table.livingCosts')}:</strong> {livingCostText(open)}</Paragraph>
            {notes?.[open.stepId] ? <Paragraph data-size="sm">{noteNode(open.stepId)}</Paragraph> : null}
            {flags?.[open.stepId] ? (
              <Paragraph data-size="sm"><Tag data-color="warning" data-size="sm">{flags[open.stepId]!.label}</Tag> {flags[open.stepId]!.reason}</Paragraph>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
