import { Alert, Button, Card, Heading, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { addDays, todayInOslo } from '../../../domain/index.ts';
import { api } from '../../api.ts';
import { formatDate } from '../../format.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { languageCodes } from '../../languages.ts';
import { canReadFactSheet, isCentreRole, isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import type { Role } from '../../types.ts';
import type { z } from 'zod';
import type { dashboardJson, factSheetJson } from '../../../server/features/statistics/schemas.ts';

type Dashboard = z.output<typeof dashboardJson>;
type FactSheet = z.output<typeof factSheetJson>;
type StatTable = Dashboard['tables'][number];
type StatRow = StatTable['rows'][number];
/** What the API sends: counts (a number, "under-5", or "hidden" in a breakdown) and figures (a number, or null when not shown). */
type Value = StatRow['value'];
const isHidden = (v: Value) => v === 'under-5' || v === 'hidden';
type Level = Dashboard['level'];

/** Which levels a role may pick (the server checks the same). */
const levelsFor = (role: Role): Level[] =>
  isMunicipalityRole(role) ? ['municipality'] : isCentreRole(role) ? ['centre', 'municipality'] : ['national', 'county', 'centre', 'municipality'];

function useFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'nb-NO';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const regions = new Intl.DisplayNames([i18n.language === 'en' ? 'en' : 'nb'], { type: 'region' });
  const value = (r: StatRow): string => {
    if (r.value === 'under-5') return t('statistics.under5');
    if (r.value === 'hidden') return t('statisticsSuppression.hidden');
    if (r.value === null) return t('statistics.notShown');
    const n = number.format(r.value);
    if (r.unit === 'percent') return t('statistics.percent', { value: n });
    if (r.unit === 'days') return t('statistics.days', { value: n });
    if (r.unit === 'minutes') return t('statistics.minutes', { value: n });
    return n;
  };
  const label = (table: string, key: string): string => {
    if (table === 'interpreters') return (languageCodes as readonly string[]).includes(key) ? t(`languages.${key}`) : key;
    if (table === 'country-background') return key === 'unknown' ? t('statistics.rows.unknown') : `${regions.of(key) ?? key} (${key})`;
    if (table === 'postponements') return t(`postponementReason.${key}`, { defaultValue: key });
    return t(`statistics.rows.${key}`, { defaultValue: key });
  };
  return { value, label };
}

/**
 * One table: an SVG bar chart of its counts (with a title and a description for screen readers) and the same
 * numbers as a table under "Vis tabell", plus a CSV download. A hidden count ("under 5", or hidden so that it cannot
 * be worked out by subtraction) is a short hatched mark of fixed size with its text, never a bar of some length.
 */
function TableSection({ table, csvHref }: { table: StatTable; csvHref: string }) {
  const { t } = useTranslation();
  const { value, label } = useFormat();
  const id = useId();
  const counts = table.rows.filter((r) => r.unit === 'count');
  const max = Math.max(1, ...counts.map((r) => (typeof r.value === 'number' ? r.value : 0)));
  const barStart = 300;
  const barMax = 220;
  const hiddenMark = 24;
  const rowHeight = 28;
  const title = t(`statistics.tables.${table.id}`);
  const patternId = `${id}-hatch`;
  return (
    <section aria-labelledby={`${id}-h`} className="stack-sm statistics-table">
      <Heading level={3} data-size="xs" id={`${id}-h`}>{title}</Heading>
      {table.rows.length === 0 ? <Paragraph data-size="sm">{t('statistics.emptyTable')}</Paragraph> : null}
      {counts.length > 0 ? (
        <svg
          role="img" aria-labelledby={`${id}-title ${id}-desc`} className="statistics-chart"
          viewBox={`0 0 600 ${counts.length * rowHeight + 4}`} width="100%" preserveAspectRatio="xMinYMin meet"
        >
          <title id={`${id}-title`}>{t('statistics.chartTitle', { title })}</title>
          <desc id={`${id}-desc`}>{counts.map((r) => `${label(table.id, r.key)}: ${value(r)}`).join('; ')}</desc>
          <defs>
            <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="6" className="statistics-hatch" strokeWidth="3" />
            </pattern>
          </defs>
          {counts.map((r, i) => {
            const hidden = isHidden(r.value);
            const n = typeof r.value === 'number' ? r.value : 0;
            const width = hidden ? hiddenMark : (n / max) * barMax;
            const y = i * rowHeight + 2;
            return (
              <g key={r.key} data-hidden={hidden || undefined}>
                <text x="0" y={y + 18} fontSize="13" fill="currentColor">{label(table.id, r.key).slice(0, 42)}</text>
                {hidden ? (
                  <rect x={barStart} y={y + 4} width={hiddenMark} height={rowHeight - 10} fill={`url(#${patternId})`} className="statistics-bar--hidden" />
                ) : (
                  <rect x={barStart} y={y + 4} width={Math.max(width, n > 0 ? 2 : 0)} height={rowHeight - 10} className="statistics-bar" />
                )}
                <text x={barStart + width + 6} y={y + 18} fontSize="13" fill="currentColor">{value(r)}</text>
              </g>
            );
          })}
        </svg>
      ) : null}
      {counts.some((r) => isHidden(r.value)) ? <Paragraph data-size="sm" className="muted">{t('statisticsSuppression.legend')}</Paragraph> : null}
      {table.rows.length > 0 ? (
        <details className="statistics-details" open={counts.length === 0}>
          <summary>{t('statistics.showTable')}</summary>
          <table className="statistics-data">
            <caption className="visually-hidden">{title}</caption>
            <thead><tr><th scope="col">{t('statistics.row')}</th><th scope="col">{t('statistics.value')}</th></tr></thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.key}><th scope="row">{label(table.id, r.key)}</th><td>{value(r)}</td></tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      <div>
        <Button asChild variant="secondary" data-size="sm">
          <a href={csvHref} download>{t('statistics.downloadCsv', { title })}</a>
        </Button>
      </div>
    </section>
  );
}

function StatisticsNav({ current }: { current: 'dashboard' | 'fact-sheet' }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!canReadFactSheet(me.role)) return null;
  return (
    <nav aria-label={t('statistics.navLabel')} className="statistics-nav">
      <Link to="/statistikk" aria-current={current === 'dashboard' ? 'page' : undefined}>{t('statistics.dashboardTitle')}</Link>
      <Link to="/statistikk/faktaark" aria-current={current === 'fact-sheet' ? 'page' : undefined}>{t('statistics.factSheetTitle')}</Link>
    </nav>
  );
}

const figureKeys: { table: string; key: string }[] = [
  { table: 'overview', key: 'participants' }, { table: 'overview', key: 'entitled' }, { table: 'overview', key: 'ordered' },
  { table: 'overview', key: 'completed' }, { table: 'overview', key: 'held-before-deadline-share' },
  { table: 'overview', key: 'median-days-to-guidance' }, { table: 'hours', key: 'individual-average' },
  { table: 'notes', key: 'median-days-to-read' },
];

export function StatisticsPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('statistics.dashboardTitle'));
  const [params, setParams] = useSearchParams();
  const today = todayInOslo();
  const levels = levelsFor(me.role);
  const query = new URLSearchParams();
  for (const k of ['level', 'organisationId', 'countyId', 'from', 'to']) {
    const v = params.get(k);
    if (v) query.set(k, v);
  }
  const dashboard = useQuery({
    queryKey: ['statistics', 'dashboard', query.toString()],
    queryFn: () => api.get<Dashboard>(`/statistics/dashboard?${query}`),
  });
  const d = dashboard.data;
  const [form, setForm] = useState({
    level: params.get('level') ?? levels[0]!, organisationId: params.get('organisationId') ?? '', countyId: params.get('countyId') ?? '',
    from: params.get('from') ?? addDays(today, -364), to: params.get('to') ?? today,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams({ level: form.level, from: form.from, to: form.to });
    if ((form.level === 'municipality' || form.level === 'centre') && form.organisationId) next.set('organisationId', form.organisationId);
    if (form.level === 'county' && form.countyId) next.set('countyId', form.countyId);
    setParams(next);
  };
  const orgChoices = form.level === 'centre' ? d?.options.centres ?? [] : d?.options.municipalities ?? [];
  const figure = (table: string, key: string) => d?.tables.find((x) => x.id === table)?.rows.find((r) => r.key === key);
  const { value } = useFormat();
  const scopeName = d ? (d.organisation?.name ?? d.county?.name ?? t('statistics.wholeCountry')) : '';

  return (
    <div className="stack-lg">
      <div className="stack-sm">
        <Heading level={1} data-size="lg">{t('statistics.dashboardTitle')}</Heading>
        <Paragraph className="lead">{t('statistics.dashboardLead')}</Paragraph>
        <StatisticsNav current="dashboard" />
      </div>
      <form onSubmit={submit} className="statistics-filters" aria-label={t('statistics.filters')}>
        {levels.length > 1 ? (
          <SelectField label={t('statistics.level')} value={form.level} onChange={(e) => setForm({ ...form, level: e.target.value, organisationId: '' })}>
            {levels.map((l) => <Select.Option key={l} value={l}>{t(`statistics.levels.${l}`)}</Select.Option>)}
          </SelectField>
        ) : null}
        {(form.level === 'municipality' || form.level === 'centre') && orgChoices.length > 1 ? (
          <SelectField label={t('statistics.organisation')} value={form.organisationId} onChange={(e) => setForm({ ...form, organisationId: e.target.value })}>
            <Select.Option value="">{t('statistics.ownOrganisation')}</Select.Option>
            {orgChoices.map((o) => <Select.Option key={o.id} value={o.id}>{o.name}</Select.Option>)}
          </SelectField>
        ) : null}
        {form.level === 'county' ? (
          <SelectField label={t('statistics.county')} value={form.countyId} onChange={(e) => setForm({ ...form, countyId: e.target.value })}>
            <Select.Option value="">{t('form.choose')}</Select.Option>
            {(d?.options.counties ?? []).map((c) => <Select.Option key={c.id} value={c.id}>{c.name}</Select.Option>)}
          </SelectField>
        ) : null}
        <Textfield type="date" label={t('statistics.from')} description={t('statistics.periodHelp')} value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
        <Textfield type="date" label={t('statistics.to')} value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
        <div><Button type="submit">{t('statistics.show')}</Button></div>
      </form>

      {dashboard.isPending ? <Loading /> : null}
      {dashboard.isError ? <ErrorAlert error={dashboard.error} /> : null}
      {d ? (
        <>
          <div className="stack-sm" aria-live="polite">
            <Heading level={2} data-size="sm">{t('statistics.scopeHeading', { name: scopeName })}</Heading>
            <Paragraph data-size="sm">
              {t('statistics.periodShown', { from: formatDate(d.from), to: formatDate(d.to) })} {d.exact ? t('statistics.exactNote') : t('statistics.suppressedNote')}
            </Paragraph>
          </div>
          <ul className="count-grid" aria-label={t('statistics.keyFigures')}>
            {figureKeys.map(({ table, key }) => {
              const r = figure(table, key);
              if (!r) return null;
              return (
                <li key={key}>
                  <Card className="count-card statistics-card">
                    <span className="count-card__number">{value(r)}</span>
                    <span className="count-card__label">{t(`statistics.rows.${key}`)}</span>
                  </Card>
                </li>
              );
            })}
          </ul>
          <div className="statistics-grid">
            {d.tables.map((tb) => (
              <TableSection key={tb.id} table={tb} csvHref={`/api/v1/statistics/dashboard.csv?${new URLSearchParams({ ...Object.fromEntries(query), table: tb.id })}`} />
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}

export function FactSheetPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('statistics.factSheetTitle'));
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInOslo().slice(0, 4));
  const query = new URLSearchParams();
  for (const k of ['countyId', 'year']) {
    const v = params.get(k);
    if (v) query.set(k, v);
  }
  // A role without the fact sheet (reached by a typed address) is told so without asking the server for a 403.
  const allowed = canReadFactSheet(useMe().role);
  const sheet = useQuery({
    queryKey: ['statistics', 'fact-sheet', query.toString()],
    queryFn: () => api.get<FactSheet>(`/statistics/fact-sheet?${query}`),
    enabled: allowed,
  });
  const f = sheet.data;
  const [form, setForm] = useState({ countyId: params.get('countyId') ?? '', year: params.get('year') ?? String(thisYear) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams({ year: form.year });
    if (form.countyId) next.set('countyId', form.countyId);
    setParams(next);
  };
  const years = Array.from({ length: thisYear - 2020 }, (_, i) => String(thisYear - i));
  if (!allowed) {
    return (
      <div className="stack-lg">
        <Heading level={1} data-size="lg">{t('statistics.factSheetTitle')}</Heading>
        <Alert data-color="info">
          <Paragraph>{t('statistics.factSheetNoAccess')}</Paragraph>
        </Alert>
      </div>
    );
  }
  return (
    <div className="stack-lg">
      <div className="stack-sm">
        <Heading level={1} data-size="lg">{t('statistics.factSheetTitle')}</Heading>
        <Paragraph className="lead">{t('statistics.factSheetLead')}</Paragraph>
        <StatisticsNav current="fact-sheet" />
      </div>
      <form onSubmit={submit} className="statistics-filters" aria-label={t('statistics.filters')}>
        {(f?.options.counties.length ?? 0) > 1 ? (
          <SelectField label={t('statistics.county')} value={form.countyId} onChange={(e) => setForm({ ...form, countyId: e.target.value })}>
            <Select.Option value="">{t('statistics.wholeCountry')}</Select.Option>
            {f!.options.counties.map((c) => <Select.Option key={c.id} value={c.id}>{c.name}</Select.Option>)}
          </SelectField>
        ) : null}
        <SelectField label={t('statistics.year')} value={form.year} onChange={(e) => setForm({ ...form, year: e.target.value })}>
          {years.map((y) => <Select.Option key={y} value={y}>{y}</Select.Option>)}
        </SelectField>
        <div><Button type="submit">{t('statistics.show')}</Button></div>
      </form>
      {sheet.isPending ? <Loading /> : null}
      {sheet.isError ? <ErrorAlert error={sheet.error} /> : null}
      {f ? (
        <>
          <div className="stack-sm" aria-live="polite">
            <Heading level={2} data-size="sm">{t('statistics.factSheetScope', { name: f.county?.name ?? t('statistics.wholeCountry'), year: f.year })}</Heading>
            <Paragraph data-size="sm">{f.exact ? t('statistics.exactNote') : t('statistics.suppressedNote')} {t('statistics.factSheetNote')}</Paragraph>
          </div>
          <div className="statistics-grid">
            {f.tables.map((tb) => (
              <TableSection key={tb.id} table={tb} csvHref={`/api/v1/statistics/fact-sheet.csv?${new URLSearchParams({ ...Object.fromEntries(query), table: tb.id })}`} />
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}
