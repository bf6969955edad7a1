import { Alert, Button, Heading, Paragraph, Switch } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { Loading } from '../../components/Loading.tsx';
import { pageLabel, pageLabels, type PageLabelKey } from '../../../content/info-packages/page-labels.ts';
import { materialList, materialsForTopic, type Material } from '../../../content/materials/data.ts';
import { formatDay, formatWhen, languageName } from './pageFormat.ts';
import { SurveySection } from '../participant-survey/SurveySection.tsx';
import { languageInfo, pageLanguages, type PageLanguage, type PublicPage, type TranslationStatus } from './types.ts';

const isPageLanguage = (value: string | null): value is PageLanguage => (pageLanguages as readonly string[]).includes(value ?? '');

/** The first of the browser's languages the page has (Persian reads Dari; Nynorsk reads bokmål), if any. */
function browserLanguage(): PageLanguage | null {
  for (const tag of typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    const code = base === 'fa' ? 'prs' : base === 'nn' || base === 'no' ? 'nb' : base;
    if (isPageLanguage(code)) return code;
  }
  return null;
}

/** A label with one placeholder filled by an element (a link), the label's own words around it. */
function withNode(label: string, placeholder: string, node: ReactNode): ReactNode {
  const [before = '', after = ''] = label.split(`{${placeholder}}`);
  return <>{before}{node}{after}</>;
}

type Label = (key: PageLabelKey, values?: Record<string, string | number>) => string;
const labelsIn = (lang: PageLanguage): Label => (key, values) => pageLabel(lang, key, values);

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
  // The switch answers at once; the address follows (the router applies search changes in a transition, a frame
  // later, and a switch that lags behind the click confuses keyboard and screen-reader users).
  const [sideBySide, setSideBySide] = useState(() => search.get('view') === 'side-by-side');
  const page = usePage(token, isPageLanguage(requested) ? requested : null);
  const language = page.data?.language;
  const norwegian = usePage(token, 'nb', sideBySide && language !== undefined && language !== 'nb');
  // Every label around the texts is in the page's language (page-labels.ts); the staff app's i18next is not used here.
  const lang: PageLanguage = language ?? (isPageLanguage(requested) ? requested : null) ?? browserLanguage() ?? 'nb';
  const t = labelsIn(lang);
  const { htmlLang, dir } = languageInfo[lang];

  useEffect(() => {
    document.title = `${t('title')} – Veivalg`;
    const root = document.documentElement;
    const previousLang = root.lang;
    root.lang = htmlLang;
    // No address of this page goes to another site, not even in the Referer of a followed link.
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    document.head.append(meta);
    return () => {
      meta.remove();
      root.lang = previousLang;
    };
  }, [t, htmlLang]);

  if (page.isPending) return <div className="pp" lang={htmlLang} dir={dir}><Loading label={t('loading')} /></div>;
  if (page.isError) {
    const gone = isApiError(page.error, 404) || isApiError(page.error, 400);
    // Without a valid link the server does not say the page's language: the message is given in the language asked
    // for (?lang=, or the browser's), and in Norwegian and English.
    const messageLanguages = [...new Set<PageLanguage>([lang, 'nb', 'en'])];
    return (
      <div className="pp" lang={htmlLang} dir={dir}>
        <main className="pp-main" id="main">
          <Heading level={1} data-size="md">{t('title')}</Heading>
          <Alert data-color={gone ? 'warning' : 'danger'} role="alert" data-testid="page-unavailable">
            {messageLanguages.map((l) => (
              <Paragraph key={l} lang={languageInfo[l].htmlLang} dir={languageInfo[l].dir}>{pageLabel(l, gone ? 'unavailable' : 'error')}</Paragraph>
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
    setSideBySide(on);
    const next = new URLSearchParams(search);
    if (on) next.set('view', 'side-by-side');
    else next.delete('view');
    setSearch(next, { replace: true });
  };

  return (
    <div className="pp" lang={htmlLang} dir={dir}>
      <header className="pp-bar no-print">
        <p className="pp-brand" lang="nb" dir="ltr">Veivalg</p>
        <nav aria-label={t('languages')} className="pp-languages">
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
            <Switch label={t('sideBySide')} checked={sideBySide} onChange={(e) => toggleSideBySide(e.target.checked)} />
          ) : null}
          <Button data-size="sm" variant="secondary" onClick={() => window.print()}>{t('print')}</Button>
        </div>
      </header>
      <main className="pp-main" id="main">
        <Heading level={1} data-size="md">{withNode(t('heading'), 'name', <span lang="nb">{data.givenName}</span>)}</Heading>

        {data.appointments.length > 0 ? (
          <section aria-labelledby="pp-appointments" className="stack">
            <Heading level={2} data-size="sm" id="pp-appointments">{t('appointments')}</Heading>
            <ul className="pp-list">
              {data.appointments.map((a) => (
                <li key={a.startsAt + a.kind} className="pp-card" data-testid="appointment">
                  <p className="pp-card__title">{formatWhen(a.startsAt, a.endsAt, lang)}</p>
                  {/* The centre's name is Norwegian inside a sentence in the page's language: marked lang="nb". */}
                  <p>{withNode(a.kind === 'group-session' ? t('groupSession') : t('session'), 'centre', <span lang="nb" dir="ltr">{a.centre}</span>)}</p>
                  {a.place ? <p>{withNode(t('place'), 'place', <span lang="nb" dir="ltr">{a.place}</span>)}</p> : null}
                  {a.meetingUrl ? <p>{withNode(t('digital'), 'link', <a href={a.meetingUrl} rel="noreferrer noopener" dir="ltr">{a.meetingUrl}</a>)}</p> : null}
                  {a.mode === 'phone' ? <p>{t('phone')}</p> : null}
                  {a.interpreterLanguage ? <p>{t('interpreter', { language: languageName(a.interpreterLanguage, lang) })}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="pp-info" className="stack">
          <Heading level={2} data-size="sm" id="pp-info">{t('information')}</Heading>
          <TranslationNote status={data.translation} lang={lang} />
          <div className={twoColumns ? 'pp-pairs pp-pairs--two' : 'pp-pairs'} data-testid="page-sections">
            {data.sections.map((s, index) => {
              const nbSection = nbSections.get(s.id);
              // The topic's films and brochures follow its last section, the reader's language first.
              const lastOfTopic = data.sections[index + 1]?.topic !== s.topic;
              const topicMaterials = lastOfTopic ? materialsForTopic(materialList, s.topic, data.language) : [];
              return (
                <div key={s.id} className="pp-pair">
                  <article className="pp-content pp-section" lang={data.htmlLang} dir={data.direction} data-testid="page-content">
                    {twoColumns ? <p className="pp-column-label">{languageInfo[data.language].nativeName}</p> : null}
                    <div className="pp-section__head">
                      {s.pictogram ? <span className="pp-picto" aria-hidden="true" dangerouslySetInnerHTML={{ __html: s.pictogram.svg }} /> : null}
                      <Heading level={3} data-size="xs">{s.heading}</Heading>
                    </div>
                    {s.paragraphs.map((p, i) => <Paragraph key={i}>{p}</Paragraph>)}
                    {s.translation ? <TranslationNote status={s.translation} lang={lang} /> : null}
                    {topicMaterials.length > 0 ? <MaterialList items={topicMaterials} topic={s.topic} lang={lang} /> : null}
                  </article>
                  {twoColumns && nbSection ? (
                    <article className="pp-content pp-section pp-section--nb" lang="nb" dir="ltr" data-testid="page-content-nb">
                      {/* The Norwegian side's labels are Norwegian. */}
                      <p className="pp-column-label">{pageLabels.nb.labels.norwegianText}</p>
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
            <Heading level={2} data-size="sm" id="pp-resources">{t('resources')}</Heading>
            <ul className="pp-list">
              {data.resources.map((r) => (
                <li key={r.url} className="pp-card">
                  <a href={r.url} rel="noreferrer noopener" dir="auto" lang={r.titleLang}>{r.title}</a>
                  {r.note ? <p dir="auto" lang="nb">{r.note}</p> : null}
                  <p className="print-only pp-url" dir="ltr">{r.url}</p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {data.note ? (
          <section aria-labelledby="pp-note" className="stack">
            <Heading level={2} data-size="sm" id="pp-note">{t('note')}</Heading>
            <div className="pp-card pp-note" lang={data.note.language} dir="auto">
              {data.note.text.split(/\n{2,}/).map((p, i) => <Paragraph key={i}>{p}</Paragraph>)}
            </div>
          </section>
        ) : null}

        {data.journey.length > 0 ? (
          <section aria-labelledby="pp-journey" className="stack">
            <Heading level={2} data-size="sm" id="pp-journey">{t('journey')}</Heading>
            {data.journey.map((plan) => (
              <div key={plan.plan} className="pp-card">
                <Heading level={3} data-size="xs">{t('plan', { plan: plan.plan })}{plan.goal ? <>: <span dir="auto" lang="nb">{plan.goal}</span></> : null}</Heading>
                <ol className="pp-steps">
                  {plan.steps.map((s, i) => (
                    <li key={i}>
                      <span dir="auto" lang={s.titleLang}>{s.title}</span>
                      {s.startMonth !== null ? <span className="pp-muted"> – {t('month', { month: s.startMonth + 1 })}</span> : null}
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </section>
        ) : null}

        <section aria-labelledby="pp-contact" className="stack" data-testid="page-contact">
          <Heading level={2} data-size="sm" id="pp-contact">{t('contact')}</Heading>
          <div className="pp-card">
            <p>{data.contact.kind === 'adviser' ? t('contactAdviser') : t('contactMunicipality')}</p>
            <p className="pp-card__title"><span lang="nb" dir="ltr">{data.contact.name}</span></p>
            {data.contact.phone ? (
              <p>{t('contactPhone')}: <a href={`tel:${data.contact.phone.replace(/\s+/g, '')}`} dir="ltr">{data.contact.phone}</a></p>
            ) : null}
            {data.contact.email ? (
              <p>{t('contactEmail')}: <a href={`mailto:${data.contact.email}`} dir="ltr">{data.contact.email}</a></p>
            ) : null}
          </div>
        </section>
        <SurveySection token={token} lang={data.language} />

        <Paragraph data-size="sm" className="pp-muted">{t('expires', { date: formatDay(data.expiresAt, lang) })}</Paragraph>
      </main>
    </div>
  );
}

/** The status line of a translation, in the page's language: a draft, or who checked it and when. */
function TranslationNote({ status, lang }: { status: TranslationStatus; lang: PageLanguage }) {
  return (
    <p className="pp-translation" data-status={status.status}>
      {status.status === 'reviewed'
        ? pageLabel(lang, 'reviewed', { name: status.reviewedBy ?? '', date: status.reviewedOn ? formatDay(status.reviewedOn, lang) : '' })
        : pageLabel(lang, 'draft')}
    </p>
  );
}

const kindLabel: Record<Material['kind'], PageLabelKey> = { film: 'materialFilm', brochure: 'materialBrochure', 'web-page': 'materialWebPage' };

/**
 * Films, brochures and web pages for one topic (src/content/materials): links to the publishers' own pages, never
 * hosted here. Each says its kind, length, languages, subtitles, publisher and when the link was last checked; the
 * link opens in a new tab, says so in its name, and sends no referrer (the page's address holds the token).
 */
function MaterialList({ items, topic, lang }: { items: Material[]; topic: string; lang: PageLanguage }) {
  const t = labelsIn(lang);
  const names = (codes: readonly string[]) => codes.map((c) => languageName(c, lang)).join(', ');
  const headingId = `pp-materials-${topic}`;
  return (
    <section className="pp-materials" aria-labelledby={headingId} data-testid="materials" data-topic={topic}>
      <Heading level={4} data-size="2xs" id={headingId}>{t('materials')}</Heading>
      <ul className="pp-list">
        {items.map((m) => {
          const length = m.minutes ? t('materialMinutes', { minutes: m.minutes.to ? `${m.minutes.from}–${m.minutes.to}` : m.minutes.from }) : m.pages ? t('materialPages', { pages: m.pages }) : null;
          const subtitles = m.kind !== 'film' ? null
            : m.subtitles.status === 'yes' ? t('materialSubtitles', { languages: names(m.subtitles.languages) })
            : m.subtitles.status === 'no' ? t('materialNoSubtitles') : t('materialSubtitlesUnknown');
          return (
            <li key={m.id} className="pp-card pp-material" data-testid="material" data-material={m.id}>
              <p className="pp-card__title">
                <a href={m.url} target="_blank" rel="noopener noreferrer">
                  <span lang={languageInfo[m.title.language].htmlLang} dir="auto">{m.title.text}</span>{' '}
                  <span className="pp-material__leaves">{t('materialLeaves')}</span>
                </a>
              </p>
              <p className="pp-material__facts">
                {[t(kindLabel[m.kind]), length, t('materialLanguage', { languages: names(m.languages) }), subtitles].filter(Boolean).join(' · ')}
              </p>
              <p className="pp-muted">
                {withNode(t('materialPublisher'), 'publisher', <span lang="nb" dir="ltr">{m.publisher}</span>)}
                {' · '}
                {t('materialChecked', { date: formatDay(m.checkedOn, lang) })}
              </p>
              <p className="print-only pp-url" dir="ltr">{m.url}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
