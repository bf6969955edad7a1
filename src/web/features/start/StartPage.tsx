import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { canEditContent, canReadFactSheet, canSeeStatistics, isCentreRole, isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import type { StartCounts } from '../../types.ts';
import { NotesStartSection } from '../notes/FollowUpPages.tsx';
import { ContactCard, MissingContactsNotice } from '../cooperation/ContactCard.tsx';
import { ActionsSection } from '../cooperation/ActionsSection.tsx';

// Where each count leads: the queue it counts, already filtered (the note counts have their own section).
const countLinks = {
  participants: '/deltakere',
  deadlineDueSoon: '/deltakere?status=due-soon',
  deadlineOverdue: '/deltakere?status=overdue',
  ordersDraft: '/bestillinger?status=draft',
  ordersSent: '/bestillinger?status=sent',
  ordersAccepted: '/bestillinger?status=accepted',
  ordersScheduled: '/bestillinger?status=scheduled',
} satisfies Partial<Record<keyof StartCounts, string>>;
type CountKey = keyof typeof countLinks;

const countOrder = Object.keys(countLinks) as CountKey[];

export function StartPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('start.title'));
  const start = useQuery({
    queryKey: ['start'],
    queryFn: () => api.get<{ counts: StartCounts }>('/start'),
  });

  const counts = start.data?.counts ?? {};
  // For a career centre a sent order is an incoming one: same number, its own words.
  const labelKey = (key: CountKey) => (isCentreRole(me.role) && key === 'ordersSent' ? 'ordersIncoming' : key);
  const shown = countOrder.filter((key) => typeof counts[key] === 'number');

  return (
    <div className="stack-lg">
      <div>
        <Heading level={1} data-size="lg">
          {t('start.greeting', { name: me.name })}
        </Heading>
        <Paragraph className="lead">
          {me.organisation
            ? t('start.roleAt', { role: t(`roles.${me.role}`), organisation: me.organisation.name })
            : t(`roles.${me.role}`)}
        </Paragraph>
      </div>

      {isMunicipalityRole(me.role) ? <ContactCard /> : null}
      {me.role === 'career-centre-lead' ? <MissingContactsNotice /> : null}

      {isMunicipalityRole(me.role) ? (
        <div>
          <Button asChild>
            <Link to="/deltakere/ny">{t('participants.registerNew')}</Link>
          </Button>
        </div>
      ) : null}

      <section aria-labelledby="start-overview" className="stack">
        <Heading level={2} data-size="sm" id="start-overview">
          {t('start.overview')}
        </Heading>
        {start.isPending ? <Loading /> : null}
        {start.isError ? <ErrorAlert error={start.error} /> : null}
        {start.isSuccess && shown.length === 0 ? <Paragraph>{t('start.nothingToCount')}</Paragraph> : null}
        {shown.length > 0 ? (
          <ul className="count-grid">
            {shown.map((key) => (
              <li key={key}>
                <Card asChild data-color={key === 'deadlineOverdue' && counts[key] ? 'danger' : 'neutral'}>
                  <Link to={countLinks[key]} className="count-card">
                    <span className="count-card__number">{counts[key]}</span>
                    <span className="count-card__label">{t(`start.counts.${labelKey(key)}`, { count: counts[key] })}</span>
                  </Link>
                </Card>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {isMunicipalityRole(me.role) || isCentreRole(me.role) ? <NotesStartSection /> : null}

      {/* Open actions from cooperation meetings (issue 13): every one of the parties' for a lead; a counsellor, who has no
          task page, sees their own here. */}
      {me.role === 'career-centre-lead' || me.role === 'municipality-lead' ? <ActionsSection view="lead" hideWhenEmpty /> : null}
      {me.role === 'career-counsellor' ? <ActionsSection view="mine" hideWhenEmpty /> : null}

      {canEditContent(me.role) ? (
        <section aria-labelledby="start-content" className="stack">
          <Heading level={2} data-size="sm" id="start-content">
            {t('start.contentHeading')}
          </Heading>
          <Paragraph>
            <Link to="/innhold">{t('start.contentLink')}</Link>
          </Paragraph>
        </section>
      ) : null}

      {canSeeStatistics(me.role) ? (
        <section aria-labelledby="start-statistics" className="stack">
          <Heading level={2} data-size="sm" id="start-statistics">
            {t('start.statisticsHeading')}
          </Heading>
          <Paragraph>
            {/* The fact sheet is named only for the roles that may open it. */}
            <Link to="/statistikk">{canReadFactSheet(me.role) ? t('start.statisticsLink') : t('honestStates.statisticsOnlyLink')}</Link>
          </Paragraph>
        </section>
      ) : null}

      {me.role === 'administrator' ? (
        <section aria-labelledby="start-admin" className="stack">
          <Heading level={2} data-size="sm" id="start-admin">
            {t('start.adminHeading')}
          </Heading>
          <Paragraph>
            <Link to="/admin">{t('start.adminLink')}</Link>
          </Paragraph>
        </section>
      ) : null}
    </div>
  );
}
