import { Alert, Button, Heading, Paragraph, Radio, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { api, isApiError, type FieldError } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useCellLabels } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { mapOverviewQuery } from '../map/mapData.ts';
import { QrCode } from './QrCode.tsx';
import {
  pageBackgrounds, pageLanguages, type PageBackground, type PageLanguage, type PageLink, type PageLinkList, type PageResource,
} from './types.ts';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { textLimits } from '../../../domain/text-limits.ts';

const fieldErrors = (error: unknown): Record<string, string> =>
  Object.fromEntries((isApiError(error) ? error.fields : []).map((f: FieldError) => [f.path, f.message]));

/**
 * "Deltakersiden": the adviser or counsellor makes a link to the participant's own page, prints it as a letter with
 * a QR code or sends it by SMS or e-mail, revokes it, and picks the resources the page shows after the session.
 */
export function ParticipantPageSection({ participantId, preferredLanguage }: { participantId: string; preferredLanguage: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const linksTable = useCellLabels();
  const links = useQuery({
    queryKey: ['page-links', participantId],
    queryFn: () => api.get<PageLinkList>(`/participants/${encodeURIComponent(participantId)}/page-links`),
  });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ url: string; link: PageLink } | null>(null);
  const [revoking, setRevoking] = useState<PageLink | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['page-links', participantId] });

  return (
    <section aria-labelledby="page-heading" className="stack">
      <div className="section-heading">
        <Heading level={2} data-size="sm" id="page-heading">{t('participantPage.heading')}</Heading>
        {!creating && !created ? (
          <Button variant="secondary" data-size="sm" onClick={() => setCreating(true)}>{t('participantPage.create')}</Button>
        ) : null}
      </div>
      <Paragraph data-size="sm">{t('participantPage.intro')}</Paragraph>
      {links.isPending ? <Loading label={t('participantPage.loading')} /> : null}
      {links.isError ? <ErrorAlert error={links.error} /> : null}
      {creating && links.data ? (
        <CreateLinkForm
          participantId={participantId}
          preferredLanguage={preferredLanguage}
          fromBrief={links.data.backgroundFromBrief}
          onCancel={() => setCreating(false)}
          onCreated={async (result) => {
            setCreating(false);
            setCreated(result);
            await refresh();
          }}
        />
      ) : null}
      {created && links.data ? (
        <CreatedLink created={created} sending={links.data.sending} onDone={() => setCreated(null)} />
      ) : null}
      {links.data && links.data.items.length === 0 && !created ? <Paragraph data-size="sm">{t('participantPage.noLinks')}</Paragraph> : null}
      {links.data && links.data.items.length > 0 ? (
        <Table ref={linksTable} data-size="sm" className="data-table">
          <caption className="visually-hidden">{t('participantPage.linksCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('participantPage.createdAt')}</Table.HeaderCell>
              <Table.HeaderCell>{t('participantPage.language')}</Table.HeaderCell>
              <Table.HeaderCell>{t('participantPage.expiresAt')}</Table.HeaderCell>
              <Table.HeaderCell>{t('participantPage.lastUsed')}</Table.HeaderCell>
              <Table.HeaderCell>{t('participantPage.status')}</Table.HeaderCell>
              <Table.HeaderCell><span className="visually-hidden">{t('participantPage.actions')}</span></Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {links.data.items.map((l) => (
              <Table.Row key={l.id}>
                <Table.Cell>{formatDateTime(l.createdAt)} ({l.createdBy})</Table.Cell>
                <Table.Cell>{t(`participantPage.languages.${l.language}`)}</Table.Cell>
                <Table.Cell>{formatDate(l.expiresAt.slice(0, 10))}</Table.Cell>
                <Table.Cell>{l.lastUsedAt ? formatDateTime(l.lastUsedAt) : t('participantPage.neverUsed')}</Table.Cell>
                <Table.Cell>{t(`participantPage.linkStatus.${l.status}`)}</Table.Cell>
                <Table.Cell>
                  {l.status === 'active' ? (
                    <Button data-size="sm" variant="tertiary" data-color="danger" onClick={() => setRevoking(l)}>
                      {t('participantPage.revoke')}
                    </Button>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : null}
      {revoking ? (
        <ConfirmDialog
          title={t('participantPage.revokeTitle')}
          body={t('participantPage.revokeBody')}
          confirmLabel={t('participantPage.revoke')}
          onClose={() => setRevoking(null)}
          onConfirm={async () => {
            await api.post(`/page-links/${encodeURIComponent(revoking.id)}/revoke`, { version: revoking.version });
            if (created?.link.id === revoking.id) setCreated(null);
            await refresh();
          }}
        />
      ) : null}
      <ResourcesPicker participantId={participantId} />
    </section>
  );
}

function CreateLinkForm({ participantId, preferredLanguage, fromBrief, onCancel, onCreated }: {
  participantId: string; preferredLanguage: string; fromBrief: PageBackground | null;
  onCancel: () => void; onCreated: (r: { url: string; link: PageLink }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const ids = { language: useId(), background: useId() };
  const initial = (pageLanguages as readonly string[]).includes(preferredLanguage) ? preferredLanguage as PageLanguage : 'nb';
  const [language, setLanguage] = useState<PageLanguage>(initial);
  const [background, setBackground] = useState<PageBackground | ''>(fromBrief ?? '');
  const [days, setDays] = useState('90');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { language, ...(background ? { background } : {}), expiresInDays: Number(days) };
      await onCreated(await api.post(`/participants/${encodeURIComponent(participantId)}/page-links`, body));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack panel" onSubmit={(e) => void submit(e)} noValidate>
      <Heading level={3} data-size="xs">{t('participantPage.createHeading')}</Heading>
      <SelectField id={ids.language} label={t('participantPage.language')} value={language} width="auto" onChange={(e) => setLanguage(e.target.value as PageLanguage)} error={errors.language}>
        {pageLanguages.map((code) => <Select.Option key={code} value={code}>{t(`participantPage.languages.${code}`)}</Select.Option>)}
      </SelectField>
      <SelectField
        id={ids.background}
        label={t('participantPage.background')}
        description={fromBrief ? t('participantPage.backgroundFromBrief', { background: t(`participantPage.backgrounds.${fromBrief}`) }) : t('participantPage.backgroundHelp')}
        value={background}
        width="auto"
        onChange={(e) => setBackground(e.target.value as PageBackground | '')}
        error={errors.background}
      >
        <Select.Option value="">{fromBrief ? t('participantPage.useBrief') : t('participantPage.chooseBackground')}</Select.Option>
        {pageBackgrounds.map((b) => <Select.Option key={b} value={b}>{t(`participantPage.backgrounds.${b}`)}</Select.Option>)}
      </SelectField>
      <Textfield
        label={t('participantPage.days')}
        description={t('participantPage.daysHelp')}
        inputMode="numeric"
        value={days}
        onChange={(e) => setDays(e.target.value)}
        error={errors.expiresInDays}
        style={{ maxInlineSize: '10rem' }}
      />
      {error && !Object.keys(errors).length ? <ErrorAlert error={error} /> : null}
      {error && Object.keys(errors).length ? <Alert data-color="danger" role="alert"><Paragraph>{isApiError(error) ? error.message : ''}</Paragraph></Alert> : null}
      <div className="button-row">
        <Button type="submit" loading={busy} disabled={busy}>{t('participantPage.createSubmit')}</Button>
        <Button variant="secondary" type="button" onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

/** The new link: shown once. Print it as a letter, send it, or open it; after "Done" only a new link can be shared. */
function CreatedLink({ created, sending, onDone }: { created: { url: string; link: PageLink }; sending: PageLinkList['sending']; onDone: () => void }) {
  const { t } = useTranslation();
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    if (!printing) return;
    document.body.classList.add('printing-page-letter');
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    window.print();
    return () => {
      window.removeEventListener('afterprint', done);
      document.body.classList.remove('printing-page-letter');
    };
  }, [printing]);

  return (
    <div className="panel stack" data-testid="created-link">
      <Alert data-color="success">
        <Paragraph>{t('participantPage.createdOnce')}</Paragraph>
      </Alert>
      <div className="created-link">
        <QrCode value={created.url} label={t('participantPage.qrLabel')} />
        <div className="stack">
          <p className="created-link__url" data-testid="page-url">{created.url}</p>
          <div className="button-row">
            <Button data-size="sm" onClick={() => setPrinting(true)}>{t('participantPage.printLetter')}</Button>
            <Button data-size="sm" variant="secondary" asChild>
              <a href={created.url} target="_blank" rel="noreferrer noopener">{t('participantPage.open')}</a>
            </Button>
            <Button data-size="sm" variant="secondary" onClick={() => void navigator.clipboard?.writeText(created.url)}>{t('participantPage.copy')}</Button>
          </div>
        </div>
      </div>
      <SendForm created={created} sending={sending} />
      <div className="button-row">
        <Button variant="tertiary" data-size="sm" onClick={onDone}>{t('participantPage.done')}</Button>
      </div>
      {printing ? createPortal(<PageLetter url={created.url} link={created.link} />, document.body) : null}
    </div>
  );
}

function SendForm({ created, sending }: { created: { url: string; link: PageLink }; sending: PageLinkList['sending'] }) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<'sms' | 'email'>(sending.sms ? 'sms' : 'email');
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<string | null>(null);
  if (!sending.sms && !sending.email) return <Paragraph data-size="sm">{t('participantPage.noSending')}</Paragraph>;
  const errors = fieldErrors(error);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSent(null);
    try {
      const token = new URL(created.url).pathname.split('/').pop() ?? '';
      // 204 (no body) when it went out at once; 202 when it is queued for another try by the server's outbox.
      const queued = (await api.post<null | undefined>(`/page-links/${encodeURIComponent(created.link.id)}/send`, { channel, to, token })) === null;
      setSent(queued ? 'queued' : channel);
      // The number or address is for this message only: it is not kept in the form either.
      setTo('');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className="stack">
        <legend>{t('participantPage.sendHeading')}</legend>
        <div className="button-row">
          {sending.sms ? <Radio label={t('participantPage.sms')} name="page-channel" value="sms" checked={channel === 'sms'} onChange={() => setChannel('sms')} /> : null}
          {sending.email ? <Radio label={t('participantPage.email')} name="page-channel" value="email" checked={channel === 'email'} onChange={() => setChannel('email')} /> : null}
        </div>
      </fieldset>
      <Textfield
        label={channel === 'sms' ? t('participantPage.phone') : t('participantPage.emailAddress')}
        description={t('participantPage.notStored')}
        type={channel === 'sms' ? 'tel' : 'email'}
        autoComplete="off"
        value={to}
        onChange={(e) => setTo(e.target.value)}
        error={errors.to}
      />
      {error && !errors.to ? <ErrorAlert error={error} /> : null}
      {sent ? <Alert data-color={sent === 'queued' ? 'info' : 'success'} role="status"><Paragraph>{t(sent === 'queued' ? 'participantPage.sendQueued' : sent === 'sms' ? 'participantPage.sentSms' : 'participantPage.sentEmail')}</Paragraph></Alert> : null}
      <div className="button-row">
        <Button type="submit" data-size="sm" loading={busy} disabled={busy || !to.trim()}>{t('participantPage.send')}</Button>
      </div>
    </form>
  );
}

/** The printed A4 letter: a QR code and the address, a neutral text in Norwegian and English, no personal data. */
function PageLetter({ url, link }: { url: string; link: PageLink }) {
  const nb = useTranslation().i18n.getFixedT('nb');
  const en = useTranslation().i18n.getFixedT('en');
  const until = link.expiresAt.slice(0, 10);
  return (
    <div className="page-letter" data-testid="page-letter">
      {[nb, en].map((t, i) => (
        <section key={i} lang={i === 0 ? 'nb' : 'en'} className="page-letter__part">
          <h2>{t('participantPage.letter.title')}</h2>
          <p>{t('participantPage.letter.body')}</p>
          {i === 0 ? <QrCode value={url} label={t('participantPage.qrLabel')} size={220} /> : null}
          <p>{t('participantPage.letter.address')}</p>
          <p className="page-letter__url">{url}</p>
          <p>{t('participantPage.letter.valid', { date: until })}</p>
          <p>{t('participantPage.letter.private')}</p>
        </section>
      ))}
    </div>
  );
}

function ResourcesPicker({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const selectId = useId();
  const key = ['page-resources', participantId];
  const resources = useQuery({ queryKey: key, queryFn: () => api.get<{ items: PageResource[] }>(`/participants/${encodeURIComponent(participantId)}/page-resources`) });
  const offers = useQuery(mapOverviewQuery());
  const [kind, setKind] = useState<'offer' | 'link'>('offer');
  const [values, setValues] = useState({ offerId: '', url: '', title: '', note: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [removing, setRemoving] = useState<PageResource | null>(null);
  const errors = fieldErrors(error);
  const lang = i18n.language === 'en' ? 'en' : 'nb';

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = kind === 'offer' ? { kind, offerId: values.offerId, note: values.note } : { kind, url: values.url, title: values.title, note: values.note };
      await api.post(`/participants/${encodeURIComponent(participantId)}/page-resources`, body);
      setValues({ offerId: '', url: '', title: '', note: '' });
      await queryClient.invalidateQueries({ queryKey: key });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <Heading level={3} data-size="xs">{t('participantPage.resourcesHeading')}</Heading>
      <Paragraph data-size="sm">{t('participantPage.resourcesIntro')}</Paragraph>
      {resources.isError ? <ErrorAlert error={resources.error} /> : null}
      {resources.data?.items.length === 0 ? <Paragraph data-size="sm">{t('participantPage.noResources')}</Paragraph> : null}
      {resources.data && resources.data.items.length > 0 ? (
        <ul className="resource-list">
          {resources.data.items.map((r) => (
            <li key={r.id}>
              <span>{r.title}</span>
              {r.url ? <span className="pp-muted"> ({r.url})</span> : null}
              {r.note ? <span> – {r.note}</span> : null}
              <Button data-size="sm" variant="tertiary" data-color="danger" onClick={() => setRemoving(r)}>{t('participantPage.removeResource')}</Button>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="stack panel" onSubmit={(e) => void add(e)} noValidate>
        <fieldset className="stack">
          <legend>{t('participantPage.resourceKind')}</legend>
          <div className="button-row">
            <Radio label={t('participantPage.kindOffer')} name="resource-kind" value="offer" checked={kind === 'offer'} onChange={() => setKind('offer')} />
            <Radio label={t('participantPage.kindLink')} name="resource-kind" value="link" checked={kind === 'link'} onChange={() => setKind('link')} />
          </div>
        </fieldset>
        {kind === 'offer' ? (
          <SelectField id={selectId} label={t('participantPage.offer')} value={values.offerId} onChange={(e) => setValues({ ...values, offerId: e.target.value })} error={errors.offerId}>
            <Select.Option value="">{offers.isPending ? t('participantPage.offersLoading') : t('participantPage.chooseOffer')}</Select.Option>
            {(offers.data?.offers ?? []).map((o) => <Select.Option key={o.id} value={o.id}>{o.title[lang]}</Select.Option>)}
          </SelectField>
        ) : (
          <>
            <Textfield label={t('participantPage.url')} description={t('participantPage.urlHelp')} type="url" value={values.url} onChange={(e) => setValues({ ...values, url: e.target.value })} error={errors.url} />
            <LimitedTextfield limit={textLimits.resourceTitle} label={t('participantPage.linkTitle')} value={values.title} onChange={(e) => setValues({ ...values, title: e.target.value })} error={errors.title} />
          </>
        )}
        <LimitedTextfield limit={textLimits.resourceNote} label={t('participantPage.resourceNote')} description={t('participantPage.resourceNoteHelp')} value={values.note} onChange={(e) => setValues({ ...values, note: e.target.value })} error={errors.note} />
        {error && !Object.keys(errors).length ? <ErrorAlert error={error} /> : null}
        <div className="button-row">
          <Button type="submit" data-size="sm" loading={busy} disabled={busy}>{t('participantPage.addResource')}</Button>
        </div>
      </form>
      {removing ? (
        <ConfirmDialog
          title={t('participantPage.removeTitle')}
          body={t('participantPage.removeBody', { title: removing.title })}
          confirmLabel={t('participantPage.removeResource')}
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await api.post(`/page-resources/${encodeURIComponent(removing.id)}/remove`, { version: removing.version });
            await queryClient.invalidateQueries({ queryKey: key });
          }}
        />
      ) : null}
    </div>
  );
}
