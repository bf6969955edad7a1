import { Alert, Button, Heading, Paragraph, Select } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import type { Letter, LetterTexts } from '../../types.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';

const letterLanguages = ['en', 'uk', 'ar'] as const;
const intlLocaleOf = (lang: string) => (lang === 'nb' ? 'nb-NO' : lang);

/** The appointment letter, printed on A4: Norwegian first, then the participant's language. */
export function LetterPage() {
  const { sessionId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { t } = useTranslation();
  const selectId = useId();
  const lang = search.get('lang') ?? '';
  const letter = useQuery({
    queryKey: ['letter', sessionId, lang],
    queryFn: () => api.get<Letter>(`/sessions/${encodeURIComponent(sessionId)}/letter`, { lang: (letterLanguages as readonly string[]).includes(lang) ? lang : undefined }),
  });
  useDocumentTitle(t('letter.title'));

  if (letter.isPending) return <Loading label={t('letter.loading')} />;
  if (letter.isError && (isApiError(letter.error, 404) || isApiError(letter.error, 400))) return <NotFoundPage />;
  if (letter.isError) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">{t('letter.title')}</Heading>
        <ErrorAlert error={letter.error} />
      </div>
    );
  }
  const data = letter.data;
  const second = data.texts.find((text) => text.lang !== 'nb');
  const drafts = data.texts.filter((text) => text.status === 'draft');

  return (
    <div className="letter-page stack-lg">
      <div className="letter-tools stack no-print">
        <Heading level={1} data-size="md">
          {t('letter.pageHeading', { reference: data.reference })}
        </Heading>
        <SelectField
          id={selectId}
          label={t('letter.language')}
          value={second?.lang ?? ''}
          width="auto"
          onChange={(event) => setSearch({ lang: event.target.value }, { replace: true })}
        >
          {letterLanguages.map((code) => (
            <Select.Option key={code} value={code}>
              {t(`languages.${code}`)}
            </Select.Option>
          ))}
        </SelectField>
        {!data.participant.preferredLanguageAvailable ? (
          <Paragraph data-size="sm">{t('letter.preferredNotAvailable', { language: t(`languages.${data.participant.preferredLanguage}`, { defaultValue: data.participant.preferredLanguage }) })}</Paragraph>
        ) : null}
        {drafts.length > 0 ? (
          <Alert data-color="warning" className="draft-notice">
            <Paragraph>
              {t('letter.draftNotice', { languages: drafts.map((d) => t(`languages.${d.lang}`)).join(', ') })}
            </Paragraph>
          </Alert>
        ) : null}
        {data.cancelled ? (
          <Alert data-color="danger">
            <Paragraph>{t('letter.cancelled')}</Paragraph>
          </Alert>
        ) : null}
        <div className="button-row">
          <Button onClick={() => window.print()}>{t('letter.print')}</Button>
          <Button variant="secondary" onClick={() => window.history.back()}>
            {t('letter.back')}
          </Button>
        </div>
      </div>
      <div className="letter-sheets">
        {data.texts.map((texts, index) => (
          <LetterSheet key={texts.lang} letter={data} texts={texts} first={index === 0} />
        ))}
      </div>
    </div>
  );
}

function fill(text: string, letter: Letter, lang: string): string {
  let language = letter.interpreterLanguage ?? '';
  try {
    if (language) language = new Intl.DisplayNames([intlLocaleOf(lang)], { type: 'language' }).of(language) ?? language;
  } catch {
    // keep the code
  }
  return text.replaceAll('{centre}', letter.careerCentre.name).replaceAll('{language}', language);
}

function LetterSheet({ letter, texts, first }: { letter: Letter; texts: LetterTexts; first: boolean }) {
  const f = (text: string) => fill(text, letter, texts.lang);
  const locale = intlLocaleOf(texts.lang);
  const [y, m, d] = letter.date.split('-').map(Number);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
  const headingId = `letter-${texts.lang}`;
  const where =
    letter.mode === 'in-person'
      ? [texts.whereLabel, letter.place ?? '']
      : letter.mode === 'digital'
        ? [texts.digitalLabel, letter.meetingUrl ?? '']
        : [texts.phoneLabel, letter.phone ?? ''];
  return (
    <article
      className={`letter-sheet${first ? '' : ' letter-sheet--next'}`}
      lang={texts.lang}
      dir={texts.dir}
      aria-labelledby={headingId}
      data-letter-lang={texts.lang}
    >
      <p className="letter-sheet__from">{letter.careerCentre.name}</p>
      <p className="letter-sheet__to">
        <bdi>{letter.participant.givenName} {letter.participant.familyName}</bdi>
      </p>
      <h2 id={headingId} className="letter-sheet__title">
        {texts.title}
      </h2>
      <p>{f(texts.intro)}</p>
      <dl className="letter-sheet__facts">
        <div>
          <dt>{texts.whenLabel}</dt>
          <dd>
            {date}, <bdi dir="ltr">{letter.time}–{letter.endTime}</bdi>
          </dd>
        </div>
        <div>
          <dt>{where[0]}</dt>
          <dd>
            <bdi dir="ltr">{where[1]}</bdi>
          </dd>
        </div>
        <div>
          <dt>{texts.durationLabel}</dt>
          <dd>
            {new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(letter.durationMinutes)}
          </dd>
        </div>
      </dl>
      <p>{letter.interpreterLanguage ? f(texts.interpreter) : f(texts.noInterpreter)}</p>
      {letter.mode === 'digital' ? <p>{f(texts.digitalNote)}</p> : null}
      {letter.mode === 'phone' ? <p>{f(texts.phoneNote)}</p> : null}
      <h3>{texts.whatIsGuidanceHeading}</h3>
      {texts.whatIsGuidance.map((paragraph) => (
        <p key={paragraph}>{f(paragraph)}</p>
      ))}
      <h3>{texts.whatToBringHeading}</h3>
      <ul>
        {texts.whatToBring.map((item) => (
          <li key={item}>{f(item)}</li>
        ))}
      </ul>
      <p>{f(texts.changes)}</p>
      <div className="letter-sheet__contact" data-testid="letter-contact">
        <p>{letter.contact.kind === 'adviser' ? texts.contactAdviser : texts.contactMunicipality}</p>
        <p>
          {/* A name is Norwegian whatever the sheet's language: marked so a screen reader says it right. */}
          <bdi lang="nb">{letter.contact.name}</bdi>
          {letter.contact.phone ? <><br />{texts.phoneLabel}: <bdi dir="ltr">{letter.contact.phone}</bdi></> : null}
          {letter.contact.email ? <><br />{texts.emailLabel}: <bdi dir="ltr">{letter.contact.email}</bdi></> : null}
        </p>
      </div>
      <p className="letter-sheet__reference">
        <bdi dir="ltr">{letter.reference}</bdi>
      </p>
      {texts.status === 'draft' ? (
        <p className="letter-sheet__draft">{texts.draftMark}</p>
      ) : null}
    </article>
  );
}
