import { Button, Heading, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { wordingsQuery, type Wording } from './noteApi.ts';
import { textFieldKeys, type TextFieldKey } from './noteContent.ts';

interface WordingPanelProps {
  target: TextFieldKey;
  onTargetChange: (key: TextFieldKey) => void;
  onInsert: (wording: Wording, target: TextFieldKey) => void;
  showParticipantVersion: boolean;
}

/** The centre's library of wordings and recommendations; "Sett inn" adds one to the chosen field of the note. */
export function WordingPanel({ target, onTargetChange, onInsert, showParticipantVersion }: WordingPanelProps) {
  const { t } = useTranslation();
  const wordings = useQuery(wordingsQuery());
  const [search, setSearch] = useState('');
  const [inserted, setInserted] = useState<string>();
  const needle = search.trim().toLowerCase();
  const shown = (wordings.data ?? [])
    .filter((wording) => !wording.archived)
    .filter(
      (wording) =>
        !needle ||
        [wording.title, wording.body, wording.lawReference].some((text) => text.toLowerCase().includes(needle)),
    );
  const targets = textFieldKeys.filter((key) => showParticipantVersion || key !== 'participantVersion.text');

  return (
    <aside className="wording-panel stack" aria-labelledby="wording-panel-heading">
      <Heading level={2} data-size="xs" id="wording-panel-heading">
        {t('notes.wordings.panelHeading')}
      </Heading>
      <SelectField
        label={t('notes.wordings.target')}
        description={t('notes.wordings.targetHelp')}
        value={target}
        onChange={(event) => onTargetChange(event.target.value as TextFieldKey)}
      >
        {targets.map((key) => (
          <Select.Option key={key} value={key}>
            {t(`notes.fields.${key}`)}
          </Select.Option>
        ))}
      </SelectField>
      <Textfield
        label={t('notes.wordings.search')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        autoComplete="off"
      />
      <p role="status" className="ds-sr-only">
        {inserted ?? ''}
      </p>
      {wordings.isPending ? <Loading label={t('notes.wordings.loading')} /> : null}
      {wordings.isError ? <ErrorAlert error={wordings.error} /> : null}
      {wordings.isSuccess && shown.length === 0 ? (
        <Paragraph data-size="sm">{needle ? t('notes.wordings.noMatch') : t('notes.wordings.empty')}</Paragraph>
      ) : null}
      {shown.length > 0 ? (
        <ul className="wording-list">
          {shown.map((wording) => (
            <li key={wording.id} className="wording-item">
              <div className="wording-item__head">
                <Heading level={3} data-size="2xs">
                  {wording.title}
                </Heading>
                <Tag data-size="sm" data-color={wording.kind === 'recommendation' ? 'brand2' : 'neutral'}>
                  {t(`notes.wordingKind.${wording.kind}`)}
                </Tag>
              </div>
              <Paragraph data-size="sm" className="pre-wrap">
                {wording.body}
              </Paragraph>
              {wording.lawReference ? (
                <Paragraph data-size="xs" className="muted">
                  {wording.lawReference}
                </Paragraph>
              ) : null}
              <Button
                variant="secondary"
                data-size="sm"
                onClick={() => {
                  onInsert(wording, target);
                  setInserted(t('notes.wordings.inserted', { title: wording.title, field: t(`notes.fields.${target}`) }));
                }}
              >
                {t('notes.wordings.insert')}
                <span className="ds-sr-only"> «{wording.title}»</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <Paragraph data-size="sm">
        <Link to="/senter/formuleringer">{t('notes.wordings.manageLink')}</Link>
      </Paragraph>
    </aside>
  );
}
