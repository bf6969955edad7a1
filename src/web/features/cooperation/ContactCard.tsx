import { Alert, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { centreMunicipalitiesQuery, myContactsQuery, type ContactPerson } from './cooperationApi.ts';

/**
 * The municipality's fixed contact and deputies at its career centre, with how to reach them (seed 000: "Fast
 * kontaktperson ved karrieresenteret … kan gjøre samarbeidet enklere og senke terskelen for kontakt").
 */
export function ContactCard({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const contacts = useQuery(myContactsQuery());
  if (contacts.isPending) return <Loading label={t('cooperation.card.loading')} />;
  if (contacts.isError) return <ErrorAlert error={contacts.error} />;
  const { careerCentre, contact, deputies, routedTo } = contacts.data;
  return (
    <Card data-color="neutral" className="stack contact-card">
      <Heading level={headingLevel} data-size="xs">
        {careerCentre ? t('cooperation.card.heading', { centre: careerCentre.name }) : t('cooperation.card.headingNoCentre')}
      </Heading>
      {!contact && deputies.length === 0 ? <Paragraph data-size="sm">{t('cooperation.card.none')}</Paragraph> : null}
      {contact ? <Person person={contact} role={t('cooperation.kind.contact')} routed={routedTo?.userId === contact.id} /> : null}
      {deputies.map((d) => (
        <Person key={d.id} person={d} role={t('cooperation.kind.deputy')} routed={routedTo?.userId === d.id} />
      ))}
    </Card>
  );
}

function Person({ person, role, routed }: { person: ContactPerson; role: string; routed: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="contact-person">
      <Paragraph data-size="sm">
        <strong>{person.name}</strong> <span className="muted">({role})</span>{' '}
        {person.absentToday ? <Tag data-color="warning" data-size="sm">{t('cooperation.card.away')}</Tag> : null}
        {routed ? <Tag data-color="info" data-size="sm">{t('cooperation.card.newOrdersHere')}</Tag> : null}
      </Paragraph>
      <Paragraph data-size="sm">
        <a href={`mailto:${person.email}`}>{person.email}</a>
        {person.workPhone ? (
          <>
            {' · '}
            <a href={`tel:${person.workPhone.replace(/[^+\d]/g, '')}`}>{person.workPhone}</a>
          </>
        ) : null}
      </Paragraph>
    </div>
  );
}

/** On the centre lead's start page: how many municipalities lack a fixed contact or a deputy today. */
export function MissingContactsNotice() {
  const { t } = useTranslation();
  const municipalities = useQuery(centreMunicipalitiesQuery());
  const missing = (municipalities.data ?? []).filter((m) => m.missingContact || m.missingDeputy).length;
  if (!missing) return null;
  return (
    <Alert data-color="warning" data-size="sm">
      <Paragraph data-size="sm">
        {t('cooperation.contacts.missingStart', { count: missing })}{' '}
        <Link to="/samarbeid/kontakter">{t('cooperation.contacts.manageLink')}</Link>
      </Paragraph>
    </Alert>
  );
}
