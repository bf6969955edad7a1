import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNotifications } from './noteApi.ts';
// The header shows this link on every signed-in page (and on the map for staff), so its styles load with it.
import './notes.css';

/**
 * The header's "Varsler" link with the number of unread notifications. A file of its own so that the header,
 * which every page loads, does not pull the notes pages into the main bundle.
 */
export function NotificationsLink() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const unread = notifications.data?.unread ?? 0;
  return (
    <Link to="/varsler" className="notifications-link">
      {t('notes.notifications.link')}
      {unread > 0 ? (
        <span className="notifications-link__count">
          <span aria-hidden="true">{unread}</span>
          <span className="ds-sr-only">{t('notes.notifications.unreadCount', { count: unread })}</span>
        </span>
      ) : null}
    </Link>
  );
}
