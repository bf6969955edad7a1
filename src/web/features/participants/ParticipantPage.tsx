import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ageOn, todayInOslo } from '../../../domain/index.ts';
import { api, isApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLanguageName } from '../../components/LanguageOptions.tsx';
import { Loading } from '../../components/Loading.tsx';
import { DeadlineStatusTag, GuidanceRightTag, ReminderTag } from '../../components/StatusTags.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate } from '../../format.ts';
import { canSeeAudit, isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import type { Participant } from '../../types.ts';
import type { MapNavigationState } from '../map/profile.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { AuditSection } from './AuditSection.tsx';
import { AccessSection } from './AccessSection.tsx';
import { BriefSection } from '../brief/BriefSection.tsx';
import { SessionsSection } from '../sessions/SessionsSection.tsx';
import { EditParticipant, editUnsavedKey } from './EditParticipant.tsx';
import { peekUnsaved } from '../../unsaved.ts';
import { ParticipantOrders } from './ParticipantOrders.tsx';
import { PostponementSection } from './PostponementSection.tsx';
import { ParticipantPageSection } from '../participant-page/ParticipantPageSection.tsx';

export function ParticipantPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const participant = useQuery({
    queryKey: ['participant', id],
    queryFn: () => api.get<Participant>(`/participants/${encodeURIComponent(id)}`),
  });

  if (participant.isPending) return <Loading label={t('participant.loading')} />;
  // 404 covers both "no such participant" and "another organisation's participant".
  if (participant.isError && (isApiError(participant.error, 404) || isApiError(participant.error, 400))) {
    return <NotFoundPage />;
  }
  if (participant.isError) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('participant.title')}
        </Heading>
        <ErrorAlert error={participant.error} />
      </div>
    );
  }
  return <ParticipantView participant={participant.data} />;
}

function ParticipantView({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const created = Boolean((location.state as { created?: boolean } | null)?.created);
  const registeredElsewhere = Boolean((location.state as { registeredElsewhere?: boolean } | null)?.registeredElsewhere);
  const name = `${participant.givenName} ${participant.familyName}`;
  useDocumentTitle(name);
  const mayEdit = isMunicipalityRole(me.role);
  // Back after a lost session with unsaved changes: the form opens again with them (EditParticipant).
  const [editing, setEditing] = useState(() => mayEdit && peekUnsaved(editUnsavedKey(participant.id), me.id) !== null);
  const [saved, setSaved] = useState(false);

  return (
    <div className="stack-lg">
      <div>
        <Paragraph data-size="sm">
          {isMunicipalityRole(me.role) ? (
            <Link to="/deltakere">{t('participants.backToList')}</Link>
          ) : (
            <Link to="/bestillinger">{t('orders.backToQueue')}</Link>
          )}
        </Paragraph>
        <Heading level={1} data-size="lg">
          {name}
        </Heading>
        <Paragraph className="muted">{participant.municipality.name}</Paragraph>
        <div className="button-row participant-actions">
          <Button asChild variant="secondary" data-size="sm">
            {/* The profile goes in navigation state, never in the URL: it is personal data. */}
            <Link to="/kart" state={mapStateFor(participant)}>
              {t('participant.openMap')}
            </Link>
          </Button>
          <Button asChild variant="secondary" data-size="sm">
            <Link to={`/deltakere/${participant.id}/reiseplan`}>{t('journeys.builder.link')}</Link>
          </Button>
          {isMunicipalityRole(me.role) ? (
            <Button asChild variant="secondary" data-size="sm">
              <Link to={`/deltakere/${participant.id}/overlevering-nav`}>{t('talks.nav.link')}</Link>
            </Button>
          ) : null}
        </div>
      </div>

      {created ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('participant.created')}</Paragraph>
        </Alert>
      ) : null}
      {created && registeredElsewhere ? (
        <Alert data-color="info" role="status">
          <Paragraph>{t('nationalIdCheck.registeredElsewhere')}</Paragraph>
        </Alert>
      ) : null}
      {saved ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('participant.saved')}</Paragraph>
        </Alert>
      ) : null}

      <DeadlineBox participant={participant} />

      <PostponementSection participant={participant} />

      <section aria-labelledby="facts-heading" className="stack">
        <div className="section-heading">
          <Heading level={2} data-size="sm" id="facts-heading">
            {t('participant.factsHeading')}
          </Heading>
          {mayEdit && !editing ? (
            <Button variant="secondary" data-size="sm" onClick={() => { setSaved(false); setEditing(true); }}>
              {t('participant.edit')}
            </Button>
          ) : null}
        </div>
        {editing ? (
          <EditParticipant
            participant={participant}
            onDone={(didSave) => {
              setEditing(false);
              setSaved(didSave);
            }}
          />
        ) : (
          <ParticipantFacts participant={participant} />
        )}
      </section>

      <BriefSection participantId={participant.id} />

      <ParticipantOrders participant={participant} />

      <ParticipantPageSection participantId={participant.id} preferredLanguage={participant.preferredLanguage} />

      <SessionsSection participantId={participant.id} />

      {me.role === 'municipality-lead' ? <AccessSection participantId={participant.id} /> : null}

      {canSeeAudit(me.role) ? <AuditSection participantId={participant.id} /> : null}
    </div>
  );
}

/** What the map may know about the participant: age today and residence basis, nothing that identifies them. */
function mapStateFor(participant: Participant): MapNavigationState {
  return { mapProfile: { age: ageOn(participant.birthDate, todayInOslo()), residenceBasis: participant.residenceBasis } };
}

function DeadlineBox({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const { decision, daysLeft, status, startsFrom } = participant.deadlines;
  const startDate = startsFrom === 'programme-request' ? participant.programmeRequestDate : participant.settlementDate;
  const days =
    status === 'met' || status === 'postponed' || daysLeft === null
      ? null
      : daysLeft > 0
        ? t('deadline.daysLeft', { count: daysLeft })
        : daysLeft === 0
          ? null // the tag already says "Frist i dag"
          : t('deadline.daysOver', { count: -daysLeft });
  return (
    <section className={`deadline-box deadline-box--${status}`} aria-labelledby="deadline-heading">
      <div className="deadline-box__part">
        <Heading level={2} data-size="sm" id="deadline-heading">
          {decision ? t('deadline.heading', { date: formatDate(decision) }) : t('deadlineStatus.no-deadline')}
        </Heading>
        <div className="deadline-box__status">
          <DeadlineStatusTag status={status} daysLeft={daysLeft} />
          {participant.postponement?.reminderDue ? <ReminderTag /> : null}
          {days ? <span className="deadline-box__days">{days}</span> : null}
        </div>
        {startsFrom ? (
          <Paragraph data-size="sm">
            {t(`deadline.startsFromDate.${startsFrom}`, { date: formatDate(startDate) })}
          </Paragraph>
        ) : null}
      </div>
      <div className="deadline-box__part">
        <Heading level={3} data-size="xs">
          {t('participant.guidanceRight')}: <GuidanceRightTag right={participant.guidanceRight} />
        </Heading>
        <Paragraph data-size="sm">{t(`guidanceRightExplanation.${participant.guidanceRight}`)}</Paragraph>
        <GuidanceRightBasis participant={participant} />
      </div>
    </section>
  );
}

/** Why the answer is what it is: the rule's reason with its paragraph, the age on the date that decides, the source. */
function GuidanceRightBasis({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const basis = participant.guidanceRightBasis;
  const change = participant.guidanceRightChange;
  const rightName = (code: Participant['guidanceRight'] | null) => (code ? t(`guidanceRight.${code}`) : t('guidanceRightBasis.unknown'));
  const ageDate = basis.provisional ? participant.settlementDate : participant.permitDate ?? participant.settlementDate;
  return (
    <div className="guidance-right-basis">
      {basis.provisional ? (
        <Alert data-color="warning" data-size="sm" data-testid="guidance-right-provisional">
          <Paragraph data-size="sm"><strong>{t('guidanceRightBasis.provisional')}</strong></Paragraph>
          <Paragraph data-size="sm">{t('guidanceRightBasis.provisionalHelp')}</Paragraph>
        </Alert>
      ) : null}
      {change ? (
        <Alert data-color="info" data-size="sm" data-testid="guidance-right-changed">
          {t(change.cause === 'rules' ? 'guidanceRightBasis.changedByRules' : 'guidanceRightBasis.changed', {
            date: formatDate(change.on), from: rightName(change.from), to: rightName(change.to),
          })}
        </Alert>
      ) : null}
      <Heading level={4} data-size="2xs">{t('guidanceRightBasis.heading')}</Heading>
      <ul className="guidance-right-basis__reasons">
        <li>{t(`guidanceRightReason.${basis.reason}`)}</li>
        <li>
          {t('guidanceRightBasis.age', { age: basis.age, date: formatDate(ageDate) })} (
          {t(basis.provisional ? 'guidanceRightBasis.settlementDateFallback' : 'guidanceRightBasis.permitDate')})
        </li>
        <li>{t('guidanceRightBasis.source', { law: basis.source.law, date: formatDate(basis.source.effectiveFrom) })}</li>
      </ul>
    </div>
  );
}

function ParticipantFacts({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const facts: [string, string][] = [
    [t('participant.birthDate'), formatDate(participant.birthDate)],
    [t('participant.nationalId'), participant.nationalId ?? t('common.notGiven')],
    [t('participant.preferredLanguage'), languageName(participant.preferredLanguage)],
    [t('participant.interpreterLanguage'), participant.interpreterLanguage ? languageName(participant.interpreterLanguage) : t('participant.noInterpreter')],
    [t('participant.residenceBasis'), t(`residenceBasis.${participant.residenceBasis}`)],
    [t('participant.permitDate'), participant.permitDate ? formatDate(participant.permitDate) : t('common.notGiven')],
    [t('participant.settlementDate'), formatDate(participant.settlementDate)],
    [t('participant.programmeRequestDate'), participant.programmeRequestDate ? formatDate(participant.programmeRequestDate) : t('common.notGiven')],
    [t('participant.programmeEndDate'), participant.programmeEndDate ? formatDate(participant.programmeEndDate) : t('common.notGiven')],
    [t('participant.municipality'), participant.municipality.name],
  ];
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
