import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate } from '../../format.ts';
import { useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { practiceQuery, type PracticeFigures, type ShownCount } from './meetingsApi.ts';
import { BackToHub } from './BackToHub.tsx';

/**
 * `/samarbeid/praksis`: "likere praksis" (issue 13 item 6; seed 000: "Mer sammenligning mellom kommunene, for det
 * virker som at de gjør ting på forskjellige måter"). A few figures per municipality, small numbers suppressed as in
 * the statistics (the server decides; the page says what a dash means).
 */
export function PracticePage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('meetings.practice.title'));
  const lead = me.role === 'career-centre-lead' || me.role === 'municipality-lead';
  const practice = useQuery({ ...practiceQuery(), enabled: lead });
  if (!lead) return <NotFoundPage />;
  const count = (n: ShownCount) => (n === 'under-5' ? t('meetings.practice.under5') : n === 'hidden' ? '–' : String(n));
  const share = (n: number | null) => (n === null ? '–' : t('meetings.practice.percent', { value: String(n).replace('.', ',') }));
  const cells = (f: PracticeFigures) => [
    count(f.orders), share(f.heldBeforeDeadlineShare), share(f.notesReadWithin5DaysShare), share(f.feedbackGivenShare),
    f.overdueActions ? t('meetings.practice.actionsWithOverdue', { count: f.openActions, overdue: f.overdueActions }) : String(f.openActions),
    f.lastMeetingOn ? formatDate(f.lastMeetingOn) : t('meetings.practice.noMeeting'),
  ];
  return (
    <div className="stack-xl">
      <div>
        <BackToHub />
        <Heading level={1} data-size="lg">{t('meetings.practice.title')}</Heading>
        <Paragraph>{t('meetings.practice.intro')}</Paragraph>
      </div>
      {practice.isPending ? <Loading /> : null}
      {practice.isError ? <ErrorAlert error={practice.error} /> : null}
      {practice.data ? (
        <section aria-labelledby="practice-heading" className="stack">
          <Heading level={2} data-size="sm" id="practice-heading">
            {t('meetings.practice.period', { from: formatDate(practice.data.from), to: formatDate(practice.data.to) })}
          </Heading>
          <DataTable labelledBy="practice-heading" headers={[
            t('meetings.practice.municipality'), t('meetings.practice.orders'), t('meetings.practice.heldInTime'), t('meetings.practice.readIn5'),
            t('meetings.practice.feedback'), t('meetings.practice.openActions'), t('meetings.practice.lastMeeting'),
          ]}>
            {practice.data.rows.map((r) => (
              <Table.Row key={r.municipality.id}>
                <Table.HeaderCell scope="row">{r.municipality.name}</Table.HeaderCell>
                {cells(r.figures).map((c, i) => <Table.Cell key={i}>{c}</Table.Cell>)}
              </Table.Row>
            ))}
            <Table.Row>
              <Table.HeaderCell scope="row">{t('meetings.practice.total', { centre: practice.data.total.careerCentre.name })}</Table.HeaderCell>
              {cells(practice.data.total.figures).map((c, i) => <Table.Cell key={i}>{c}</Table.Cell>)}
            </Table.Row>
          </DataTable>
          <Paragraph data-size="sm" className="muted">{t('meetings.practice.suppression')}</Paragraph>
        </section>
      ) : null}
    </div>
  );
}
