import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { GuidanceRightTag } from '../../components/StatusTags.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate } from '../../format.ts';
import type { z } from 'zod';
import type { ruleChangesJson } from '../../../server/features/rules/schemas.ts';

type RuleChanges = z.output<typeof ruleChangesJson>;

/**
 * "Regelendringer": every dated rule that decides the § 11 answer, with its period and source, and for each past
 * or coming change whom among the organisation's participants it gives another answer (scoped by the server).
 */
export function RuleChangesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('rules.title'));
  const query = useQuery({ queryKey: ['rules', 'changes'], queryFn: () => api.get<RuleChanges>('/rules/changes') });
  if (query.isPending) return <Loading label={t('rules.loading')} />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const { rules, changes } = query.data;
  const ruleName = (id: string) => t(`rules.names.${id}`, { defaultValue: id });
  return (
    <div className="stack-lg">
      <Heading level={1} data-size="lg">{t('rules.title')}</Heading>
      <Paragraph>{t('rules.intro')}</Paragraph>

      <section className="stack" aria-labelledby="rules-list-heading">
        <Heading level={2} data-size="md" id="rules-list-heading">{t('rules.rulesHeading')}</Heading>
        <ul className="rule-cards">
          {rules.map((r) => (
            <li key={r.id} className="rule-card stack-sm">
              <Heading level={3} data-size="xs">
                {ruleName(r.id)} {r.right ? <GuidanceRightTag right={r.right} /> : null}
              </Heading>
              <dl className="facts">
                {r.residenceBases.length ? (
                  <div>
                    <dt>{t('rules.who')}</dt>
                    <dd>
                      {r.residenceBases.map((b) => t(`residenceBasis.${b}`)).join(', ')}
                      {r.minAge !== null ? `, ${t('rules.ages', { min: r.minAge, max: r.maxAge })}` : ''}
                    </dd>
                  </div>
                ) : null}
                <div>
                  <dt>{t('rules.period')}</dt>
                  <dd>
                    {r.effectiveUntil
                      ? t('rules.fromUntil', { from: formatDate(r.effectiveFrom), until: formatDate(r.effectiveUntil) })
                      : t('rules.from', { from: formatDate(r.effectiveFrom) })}
                  </dd>
                </div>
                <div>
                  <dt>{t('rules.source')}</dt>
                  <dd>
                    {r.law}
                    {r.url ? <div className="rule-card__url muted">{r.url}</div> : null}
                  </dd>
                </div>
                {r.reviewNote ? (
                  <div>
                    <dt><Tag data-color="warning" data-size="sm">{t('rules.underReview')}</Tag></dt>
                    <dd className="muted">{r.reviewNote}</dd>
                  </div>
                ) : null}
              </dl>
            </li>
          ))}
        </ul>
      </section>

      <section className="stack" aria-labelledby="rules-changes-heading">
        <Heading level={2} data-size="md" id="rules-changes-heading">{t('rules.changesHeading')}</Heading>
        <Paragraph data-size="sm">{t('rules.changesIntro')}</Paragraph>
        {changes.map((c) => (
          <section key={c.id} className="rule-card stack-sm" aria-labelledby={`change-${c.id}`}>
            <Heading level={3} data-size="sm" id={`change-${c.id}`}>
              {t(c.kind === 'ends' ? 'rules.ends' : 'rules.starts', { rule: ruleName(c.ruleId), date: formatDate(c.date) })}{' '}
              <Tag data-color={c.timing === 'coming' ? 'warning' : 'neutral'} data-size="sm">{t(`rules.timing.${c.timing}`)}</Tag>
            </Heading>
            <Paragraph data-size="sm">{t('rules.affected', { count: c.affectedCount })}</Paragraph>
            {c.affected.length ? (
              <ul className="stack-xs">
                {c.affected.map((p) => (
                  <li key={p.id}>
                    <Link to={`/deltakere/${p.id}`}>{p.givenName} {p.familyName}</Link>:{' '}
                    {t('rules.beforeAfter', { before: t(`guidanceRight.${p.before}`), after: t(`guidanceRight.${p.after}`) })}
                  </li>
                ))}
              </ul>
            ) : null}
            {c.affectedCount > c.affected.length ? <Paragraph data-size="sm">{t('rules.more', { count: c.affectedCount - c.affected.length })}</Paragraph> : null}
          </section>
        ))}
      </section>
    </div>
  );
}
