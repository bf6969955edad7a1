import { Alert, Button, Heading, Paragraph, Switch } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { Loading } from '../../components/Loading.tsx';
import { pageLanguages, type PageLanguage, type PublicPage, type TranslationStatus } from './types.ts';

const isPageLanguage = (value: string | null): value is PageLanguage => (pageLanguages as readonly string[]).includes(value ?? '');

/** Labels around the texts are in Norwegian for a Norwegian page and in English otherwise (the texts themselves are translated). */
const chromeLanguageOf = (lang: string) => (lang === 'nb' ? 'nb' : 'en');

function usePage(token: string, lang: string | null, enabled = true) {
  return useQuery({
    queryKey: ['public-page', token, lang ?? ''],
    queryFn: () => api.get<PublicPage>(`/p/${encodeURIComponent(token)}`, { lang: lang ?? undefined }),
    enabled,
    retry: false,
    staleTime: 60_000,
  });
}

/**
 * The participant's page, reached by the link or QR code (no account). No staff chrome and no external resources:
 * the token in the address must not reach anyone else (the server also sends Referrer-Policy: no-referrer).
 */
export function PublicParticipantPage() {
  const { token = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const requested = search.get('lang');
  const sideBySide = search.get('view') === 'side-by-side';
  const page = usePage(token, isPageLanguage(requested) ? requested : null);
  const language = page.data?.language;
  const norwegian = usePage(token, 'nb', sideBySide && language !== undefined && language !== 'nb');
  const { i18n } = useTranslation();
  const chrome = chromeLanguageOf(language ?? requested ?? i18n.language);
  const t = i18n.getFixedT(chrome);

  useEffect(() => {
    document.title = `${t('publicPage.title')} – Veivalg`;
    // No address of this page goes to another site, not even in the Referer of a followed link.
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    document.head.append(meta);
    return () => meta.remove();
  }, [t]);

  if (page.isPending) return <div className="pp" lang={chrome}><Loading label={t('publicPage.loading')} /></div>;
  if (page.isError) {
    const gone = isApiError(page.error, 404) || isApiError(page.error, 400);
    return (
      <div className="pp" lang={chrome}>
        <main className="pp-main" id="main">
          <Heading level={1} data-size="md">{t('publicPage.title')}</Heading>
          {/* Without a valid link the page's language is unknown: the message is given in Norwegian and English. */}
          <Alert data-color={gone ? 'warning' : 'danger'} role="alert" data-testid="page-unavailable">
            {(['nb', 'en'] as const).map((lang) => (
              <Paragraph key={lang} lang={lang}>{i18n.getFixedT(lang)(gone ? 'publicPage.unavailable' : 'publicPage.error')}</Paragraph>
            ))}
          </Alert>
        </main>
      </div>
    );
  }
  const data = page.data;
  const nbSections = new Map((norwegian.data?.sections ?? []).map((s) => [s.id, s]));
  const twoColumns = sideBySide && data.language !== 'nb';

  const choose = (code: PageLanguage) => {
    const next = new URLSearchParams(search);
    next.set('lang', code);
    setSearch(next, { replace: true });
  };
  const toggleSideBySide = (on: boolean) => {
    const next = new URLSearchParams(search);
    if (on) next.set('view', 'side-by-side');
    else next.delete('view');
    setSearch(next, { replace: true });
  };

  return (
    <div className="pp" lang={chrome}>
      <header className="pp-bar no-print">
        <p className="pp-brand">Veivalg</p>
        <nav aria-label={t('publicPage.languages')} className="pp-languages">
          <ul>
            {data.languages.map((l) => (
              <li key={l.code}>
                <Button
                  data-size="sm"
                  variant={l.code === data.language ? 'primary' : 'tertiary'}
                  aria-pressed={l.code === data.language}
                  lang={l.htmlLang}
                  dir={l.direction}
                  onClick={() => choose(l.code)}
                >
                  {l.nativeName}
                </Button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="pp-tools">
          {data.language !== 'nb' ? (
            <Switch label={t('publicPage.sideBySide')} checked={sideBySide} onChange={(e) => toggleSideBySide(e.target.checked)} />
          ) : null}
          <Button data-size="sm" variant="secondary" onClick={() => window.print()}>{t('publicPage.print')}</Button>
        </div>
      </header>
      <main className="pp-main" id="main">
        <Heading level={1} data-size="md">{t('publicPage.heading', { name: data.givenName })}</Heading>

        {data.appointments.length > 0 ? (
          <section aria-labelledby="pp-appointments" className="stack">
            <Heading level={2} data-size="sm" id="pp-appointments">{t('publicPage.appointments')}</Heading>
            <ul className="pp-list">
              {data.appointments.map((a) => (
                <li key={a.startsAt + a.kind} className="pp-card">
                  <p className="pp-card__title">{formatWhen(a.startsAt, a.endsAt, chrome)}</p>
                  <p>{a.kind === 'group-session' ? t('publicPage.groupSession', { centre: a.centre }) : t('publicPage.session', { centre: a.centre })}</p>
                  {a.place ? <p>{t('publicPage.place')}: {a.place}</p> : null}
                  {a.meetingUrl ? <p>{t('publicPage.digital')}: <a href={a.meetingUrl} rel="noreferrer noopener">{a.meetingUrl}</a></p> : null}
                  {a.mode === 'phone' ? <p>{t('publicPage.phone')}</p> : null}
                  {a.interpreterLanguage ? <p>{t('publicPage.interpreter', { language: languageName(a.interpreterLanguage, chrome) })}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="pp-info" className="stack">
          <Heading level={2} data-size="sm" id="pp-info">{t('publicPage.information')}</Heading>
          <TranslationNote status={data.translation} t={t} lang={chrome} />
          <div className={twoColumns ? 'pp-pairs pp-pairs--two' : 'pp-pairs'} data-testid="page-sections">
            {data.sections.map((s) => {
              const nbSection = nbSections.get(s.id);
              return (
                <div key={s.id} className="pp-pair">
                  <article className="pp-content pp-section" lang={data.htmlLang} dir={data.direction} data-testid="page-content">
                    <div className="pp-section__head">
                      {s.pictogram ? <span className="pp-picto" aria-hidden="true" dangerouslySetInnerHTML={{ __html: s.pictogram.svg }} /> : null}
                      <Heading level={3} data-size="xs">{s.heading}</Heading>
                    </div>
                    {s.paragraphs.map((p, i) => <Paragraph key={i}>{p}</Paragraph>)}
                    {s.translation ? <div lang={chrome} dir="auto"><TranslationNote status={s.translation} t={t} lang={chrome} /></div> : null}
                  </article>
                  {twoColumns && nbSection ? (
                    <article className="pp-content pp-section pp-section--nb" lang="nb" dir="ltr" data-testid="page-content-nb">
                      <div className="pp-section__head">
                        <Heading level={3} data-size="xs">{nbSection.heading}</Heading>
                      </div>
                      {nbSection.paragraphs.map((p, i) => <Paragraph key={i}>{p}</Paragraph>)}
                    </article>
                  ) : null}
                </div>
              );
            })}
          </div>
        </section>

        {data.resources.length > 0 ? (
          <section aria-labelledby="pp-resources" className="stack">
            <Heading level={2} data-size="sm" id="pp-resources">{t('publicPage.resources')}</Heading>
            <ul className="pp-list">
              {data.resources.map((r) => (
                <li key={r.url} className="pp-card">
                  <a href={r.url} rel="noreferrer noopener">{r.title}</a>
                  {r.note ? <p dir="auto">{r.note}</p> : null}
                  <p className="print-only pp-url">{r.url}</p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {data.note ? (
          <section aria-labelledby="pp-note" className="stack">
            <Heading level={2} data-size="sm" id="pp-note">{t('publicPage.note')}</Heading>
            <div className="pp-card pp-note" lang={data.note.language} dir="auto">
              {data.note.text.split(/\n{2,}/).map((p, i) => <Paragraph key={i}>{p}</Paragraph>)}
            </div>
          </section>
        ) : null}

        {data.journey.length > 0 ? (
          <section aria-labelledby="pp-journey" className="stack">
            <Heading level={2} data-size="sm" id="pp-journey">{t('publicPage.journey')}</Heading>
            {data.journey.map((plan) => (
              <div key={plan.plan} className="pp-card">
                <Heading level={3} data-size="xs">{t('publicPage.plan', { plan: plan.plan })}{plan.goal ? `: ${plan.goal}` : ''}</Heading>
                <ol className="pp-steps">
                  {plan.steps.map((s, i) => (
                    <li key={i}>
                      <span dir="auto">{s.title}</span>
                      {s.startMonth !== null ? <span className="pp-muted"> – {t('publicPage.month', { month: s.startMonth + 1 })}</span> : null}
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </section>
        ) : null}

        <Paragraph data-size="sm" className="pp-muted">{t('publicPage.expires', { date: formatDay(data.expiresAt, chrome) })}</Paragraph>
      </main>
    </div>
  );
}

function TranslationNote({ status, t, lang }: { status: TranslationStatus; t: (key: string, o?: Record<string, string>) => string; lang: string }) {
  return (
    <p className="pp-translation" data-status={status.status}>
      {status.status === 'reviewed'
        ? t('publicPage.reviewed', { name: status.reviewedBy ?? '', date: status.reviewedOn ? formatDay(status.reviewedOn, lang) : '' })
        : t('publicPage.draft')}
    </p>
  );
}

const localeOf = (lang: string) => (lang === 'nb' ? 'nb-NO' : 'en-GB');

function formatDay(iso: string, lang: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(date);
}

function formatWhen(start: string, end: string, lang: string): string {
  const locale = localeOf(lang);
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' }).format(new Date(start));
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Oslo' });
  return `${day}, ${time.format(new Date(start))}–${time.format(new Date(end))}`;
}

function languageName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([localeOf(lang)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
