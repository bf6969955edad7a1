import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** "Last flere" under a keyset-paged list (TanStack Query's infinite query); nothing when the list is complete. */
export function LoadMore({ list }: { list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown } }) {
  const { t } = useTranslation();
  if (!list.hasNextPage) return null;
  return (
    <div>
      <Button
        variant="secondary"
        onClick={() => void list.fetchNextPage()}
        loading={list.isFetchingNextPage}
        disabled={list.isFetchingNextPage}
      >
        {t('common.loadMore')}
      </Button>
    </div>
  );
}
