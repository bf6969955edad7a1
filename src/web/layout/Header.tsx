import { Button, SkipLink } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { api } from '../api.ts';
import { clearUnsaved } from '../unsaved.ts';
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { canEditContent, canEditLocalOffers, canSeeParticipants, canSeeRuleChanges, canSeeStatistics, isCentreRole, isMunicipalityRole } from '../roles.ts';
import { NotificationsLink } from '../features/notes/NotificationsLink.tsx';
import { signOutInProgress } from '../session.ts';
import { notificationsKey } from '../features/notes/noteApi.ts';
import type { Me } from '../types.ts';
import type { z } from 'zod';
import type { logoutResponse } from '../../server/auth/routes.ts';

/**
 * The cooperation features (contacts, meetings, agreements, practice, gatherings) share one menu item leading to a
 * hub page, so that the menu stays short; the item is current on every page under it.
 */
const COOPERATION_HUB = '/samarbeid';
const isUnderCooperationHub = (pathname: string) =>
  ['/samarbeid', '/samlinger'].some((root) => pathname === root || pathname.startsWith(`${root}/`));

function navigationFor(me: Me | undefined): { to: string; label: string }[] {
  if (!me) return [];
  const items = [{ to: '/', label: 'nav.start' }];
  if (isMunicipalityRole(me.role)) {
    items.push(
      { to: '/deltakere', label: 'nav.participants' },
      { to: '/bestillinger', label: 'nav.ordersMunicipality' },
      { to: '/oppgaver', label: 'notes.nav.tasks' },
      { to: '/gruppetimer', label: 'nav.groups' },
      { to: COOPERATION_HUB, label: 'cooperationHub.nav' },
    );
  }
  if (isCentreRole(me.role)) {
    items.push(
      { to: '/bestillinger', label: 'nav.ordersIncoming' },
      { to: '/kalender', label: 'nav.calendar' },
      { to: '/gruppetimer', label: 'nav.groups' },
      { to: '/karrieresenter', label: 'nav.centre' },
      { to: COOPERATION_HUB, label: 'cooperationHub.nav' },
      { to: '/karrieresenter/sporreundersokelse', label: 'survey.nav' },
      { to: '/karrieresenter/kvalitet', label: 'quality.nav' },
    );
  }
  if (canSeeStatistics(me.role)) items.push({ to: '/statistikk', label: 'nav.statistics' });
  if (me.role === 'statistics-reader') items.push({ to: '/karrieresenter/kvalitet', label: 'quality.nav' });
  if (canSeeRuleChanges(me.role)) items.push({ to: '/regelendringer', label: 'nav.ruleChanges' });
  items.push({ to: '/kart', label: 'nav.map' });
  if (canEditContent(me.role)) items.push({ to: '/innhold', label: 'nav.content' });
  if (canEditLocalOffers(me.role)) items.push({ to: '/lokale-tilbud', label: 'nav.localOffers' });
  if (me.role === 'administrator') items.push({ to: '/admin', label: 'nav.admin' });
  return items;
}

export function Header({ me, signIn = false }: { me?: Me; signIn?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [signingOut, setSigningOut] = useState(false);
  const menu = useMenu();

  const signOut = async (everywhere: boolean) => {
    setSigningOut(true);
    // Leave the signed-in pages first, so that nothing on them (the notifications link, a query refetching) asks
    // the server again once the session is gone: that would be a 401 after signing out (issue 16).
    await navigate('/logg-inn', { state: { signedOut: true } });
    // A request already under way still carries the session: let it finish (at most a few seconds) first.
    for (let waited = 0; waited < 3000 && queryClient.isFetching() + queryClient.isMutating() > 0; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Nothing may ask for the signed-in user's notifications once the session ends (a 401): the flag holds them
    // back while the cache is emptied below.
    signOutInProgress.active = true;
    await queryClient.cancelQueries({ queryKey: notificationsKey });
    try {
      const ended = await api.post<z.output<typeof logoutResponse> | undefined>(everywhere ? '/auth/logout-everywhere' : '/auth/logout');
      // Signed in with an identity provider: end its session too; it sends the browser back to the sign-in page.
      if (ended?.redirectTo) {
        queryClient.clear();
        window.location.assign(ended.redirectTo);
        return;
      }
    } catch {
      // Already signed out on the server: the result for the user is the same.
    }
    // Then empty the cache the pages read the user from; typed text kept for a lost session (unsaved.ts) leaves
    // with the user.
    queryClient.clear();
    clearUnsaved();
    // Long enough for every header to re-render without the user (the emptied cache refetches who is signed in).
    setTimeout(() => { signOutInProgress.active = false; }, 2000);
    setSigningOut(false);
  };

  const items = navigationFor(me);
  return (
    <header className="app-header">
      <SkipLink href="#main">{t('layout.skipToMain')}</SkipLink>
      <div className="app-header__inner">
        <div className="app-header__bar">
          <Link to={me ? '/' : signIn ? '/kart' : '/logg-inn'} className="app-header__name">
            {t('app.name')}
          </Link>
          {items.length > 0 ? <MenuButton menu={menu} /> : null}
        </div>
        {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Escape bubbles up from the menu's links and buttons */}
        <div
          id={menu.id}
          className={items.length > 0 ? `app-header__menu app-header__menu--collapsible${menu.open ? ' is-open' : ''}` : 'app-header__menu'}
          onKeyDown={menu.closeOnEscape}
        >
          <div className="app-header__tools">
            {me ? (
              <span className="app-header__user">
                <span className="app-header__user-name">{me.name}</span>
                {me.organisation ? <span className="app-header__org">{me.organisation.name}</span> : null}
              </span>
            ) : null}
            {/* Unmounted while signing out: a mounted link would fetch its count again when the cache is emptied, after
                the session has ended (a 401). */}
            {me && canSeeParticipants(me.role) && !signingOut ? <NotificationsLink /> : null}
            <LanguageSwitcher />
            {!me && signIn ? (
              <Button asChild variant="secondary" data-size="sm">
                <Link to="/logg-inn" state={{ from: location.pathname }}>
                  {t('layout.signIn')}
                </Link>
              </Button>
            ) : null}
            {me ? (
              <>
                <Button variant="secondary" data-size="sm" onClick={() => void signOut(false)} disabled={signingOut}>
                  {t('layout.signOut')}
                </Button>
                <Button variant="tertiary" data-size="sm" onClick={() => void signOut(true)} disabled={signingOut}>
                  {t('layout.signOutEverywhere')}
                </Button>
              </>
            ) : null}
          </div>
          {items.length > 0 ? (
            <nav className="app-nav" aria-label={t('layout.mainNavigation')}>
              <ul>
                {items.map((item) => (
                  <li key={item.to}>
                    {item.to === COOPERATION_HUB ? (
                      <Link to={item.to} aria-current={isUnderCooperationHub(location.pathname) ? 'page' : undefined}>
                        {t(item.label)}
                      </Link>
                    ) : (
                      <NavLink to={item.to} end={item.to === '/'}>
                        {t(item.label)}
                      </NavLink>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </div>
      </div>
    </header>
  );
}

interface Menu {
  id: string;
  open: boolean;
  buttonRef: RefObject<HTMLButtonElement | null>;
  toggle: () => void;
  closeOnEscape: (event: KeyboardEvent) => void;
}

/**
 * The open state of the menu on narrow screens (below 48rem the menu and the user's tools fold away behind a button;
 * wider, the button is hidden and everything shows as before). A disclosure: the button says whether it is open
 * (aria-expanded) and which element it opens; focus stays on the button, and the next Tab goes into the menu.
 * Escape closes it and puts focus back on the button; choosing a page closes it.
 */
function useMenu(): Menu {
  const id = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);
  return {
    id,
    open,
    buttonRef,
    toggle: () => setOpen((was) => !was),
    closeOnEscape: (event) => {
      if (event.key !== 'Escape' || !open) return;
      setOpen(false);
      buttonRef.current?.focus();
    },
  };
}

function MenuButton({ menu }: { menu: Menu }) {
  const { t } = useTranslation();
  return (
    <Button
      ref={menu.buttonRef}
      variant="secondary"
      data-size="sm"
      className="app-header__menu-button"
      aria-expanded={menu.open}
      aria-controls={menu.id}
      onClick={menu.toggle}
      onKeyDown={menu.closeOnEscape}
    >
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
        {menu.open ? (
          <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
        ) : (
          <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
        )}
      </svg>
      {t('layout.menu')}
    </Button>
  );
}
