import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { OrganisationsSection } from './OrganisationsSection.tsx';
import { UsersSection } from './UsersSection.tsx';
import { OutboxSection } from './OutboxSection.tsx';

export function AdminPage() {
  const me = useMe();
  const { t } = useTranslation();
  useDocumentTitle(me.role === 'administrator' ? t('admin.title') : t('notFound.title'));
  if (me.role !== 'administrator') return <NotFoundPage />;
  return (
    <div className="stack-xl">
      <div>
        <Heading level={1} data-size="lg">
          {t('admin.title')}
        </Heading>
        <Paragraph>{t('admin.intro')}</Paragraph>
      </div>
      <OrganisationsSection />
      <UsersSection />
      <OutboxSection />
    </div>
  );
}
