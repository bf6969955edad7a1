import { Card, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { isCentreRole, isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import type { Role } from '../../types.ts';
import { gatheringsQuery } from '../gatherings/gatheringApi.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { centreMunicipalitiesQuery } from './cooperationApi.ts';
import { documentsQuery } from './documentsApi.ts';
import { actionsQuery, osloDay, seriesListQuery } from './meetingsApi.ts';
import './hub.css';

/** Every area of the cooperation between a career centre and its municipalities, and who may open it. */
type Area = 'meetings' | 'documents' | 'gatherings' | 'contacts' | 'practice';
const isLead = (role: Role) => role === 'career-centre-lead' || role === 'municipality-lead';

/**
 * The areas a role may open — the same rules as the pages' own guards (ContactsPage: centre roles; PracticePage:
 * leads; the others: municipality and centre roles), so the hub never links to a "not found".
 */
export function hubAreasFor(role: Role): Area[] {
  if (!isMunicipalityRole(role) && !isCentreRole(role)) return [];
  const areas: Area[] = ['meetings', 'documents', 'gatherings'];
  if (isCentreRole(role)) areas.push('contacts');
  if (isLead(role)) areas.push('practice');
  return areas;
}

const hrefOf: Record<Area, string> = {
  meetings: '/samarbeid/moter',
  documents: '/samarbeid/avtaler',
  gatherings: '/samlinger',
  contacts: '/samarbeid/kontakter',
  practice: '/samarbeid/praksis',
};

/**
 * `/samarbeid`: one menu item for the cooperation features (issue 13 and 14) instead of one each. Each area is a card
 * with a line on what it is for and, where an existing list answers it cheaply, a live summary. A summary shows a
 * spinner while loading and says so when it failed: never a number that is not known.
 */
export function HubPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('cooperationHub.title'));
  const areas = hubAreasFor(me.role);
  if (areas.length === 0) return <NotFoundPage />;
  return (
    <div className="stack-xl">
      <div>
        <Heading level={1} data-size="lg">{t('cooperationHub.title')}</Heading>
        <Paragraph>{t('cooperationHub.intro')}</Paragraph>
      </div>
      <ul className="cooperation-hub">
        {areas.map((area) => (
          <li key={area}>
            <Card data-color="neutral" className="stack">
              <Heading level={2} data-size="xs"><Link to={hrefOf[area]}>{t(`cooperationHub.${area}.title`)}</Link></Heading>
              <Paragraph data-size="sm">{t(`cooperationHub.${area}.explanation`)}</Paragraph>
              {area === 'meetings' ? <MeetingsSummary /> : null}
              {area === 'documents' ? <DocumentsSummary /> : null}
              {area === 'gatherings' ? <GatheringsSummary /> : null}
              {area === 'contacts' ? <ContactsSummary /> : null}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The summary lines of one card once its list has come; until then a spinner, after a failure a plain sentence. */
function Summary({ query, children }: { query: UseQueryResult<unknown>; children: () => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) {
    return <Paragraph data-size="sm" className="muted"><Spinner aria-hidden data-size="xs" /> {t('cooperationHub.loading')}</Paragraph>;
  }
  if (query.isError) return <Paragraph data-size="sm" className="muted">{t('cooperationHub.unavailable')}</Paragraph>;
  return <>{children()}</>;
}

function MeetingsSummary() {
  const { t } = useTranslation();
  const actions = useQuery(actionsQuery('mine'));
  const series = useQuery(seriesListQuery());
  const next = series.data
    ?.map((s) => s.upcoming?.startsAt)
    .filter((at): at is string => Boolean(at))
    .sort()[0];
  return (
    <>
      <Summary query={actions}>
        {() => {
          const open = actions.data?.length ?? 0;
          const overdue = actions.data?.filter((a) => a.overdue).length ?? 0;
          return (
            <Paragraph data-size="sm">
              {open === 0 ? t('cooperationHub.meetings.noActions') : t('cooperationHub.meetings.actions', { count: open })}
              {overdue > 0 ? <> <strong>{t('cooperationHub.meetings.overdue', { count: overdue })}</strong></> : null}
            </Paragraph>
          );
        }}
      </Summary>
      <Summary query={series}>
        {() => (
          <Paragraph data-size="sm">
            {next ? t('cooperationHub.meetings.next', { when: formatDateTime(next) }) : t('cooperationHub.meetings.noneUpcoming')}
          </Paragraph>
        )}
      </Summary>
    </>
  );
}

function DocumentsSummary() {
  const { t } = useTranslation();
  const documents = useQuery(documentsQuery());
  return (
    <Summary query={documents}>
      {() => {
        const all = documents.data ?? [];
        const due = all.filter((d) => d.reviewStatus === 'due-soon' || d.reviewStatus === 'overdue').length;
        if (all.length === 0) return <Paragraph data-size="sm">{t('cooperationHub.documents.none')}</Paragraph>;
        return (
          <Paragraph data-size="sm">
            {t('cooperationHub.documents.count', { count: all.length })}{' '}
            {due > 0 ? <strong>{t('cooperationHub.documents.due', { count: due })}</strong> : t('cooperationHub.documents.noneDue')}
          </Paragraph>
        );
      }}
    </Summary>
  );
}

function GatheringsSummary() {
  const { t } = useTranslation();
  const gatherings = useQuery(gatheringsQuery());
  return (
    <Summary query={gatherings}>
      {() => {
        // Upcoming or under way today, in Norwegian days (the dates are calendar days, not instants).
        const today = osloDay(new Date().toISOString());
        const coming = (gatherings.data ?? []).filter((g) => g.endsOn >= today).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
        if (coming.length === 0) return <Paragraph data-size="sm">{t('cooperationHub.gatherings.none')}</Paragraph>;
        return (
          <Paragraph data-size="sm">
            {t('cooperationHub.gatherings.upcoming', { count: coming.length, date: formatDate(coming[0]!.startsOn) })}
          </Paragraph>
        );
      }}
    </Summary>
  );
}

function ContactsSummary() {
  const { t } = useTranslation();
  const municipalities = useQuery(centreMunicipalitiesQuery());
  return (
    <Summary query={municipalities}>
      {() => {
        const missing = (municipalities.data ?? []).filter((m) => m.missingContact || m.missingDeputy).length;
        return (
          <Paragraph data-size="sm">
            {missing === 0 ? t('cooperationHub.contacts.allCovered') : <strong>{t('cooperationHub.contacts.missing', { count: missing })}</strong>}
          </Paragraph>
        );
      }}
    </Summary>
  );
}
