import { useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { Button } from './Button';
import { LanguageSwitch } from './LanguageSwitch';

function focusMain(e: MouseEvent<HTMLAnchorElement>) {
  // Keep the URL as it is (the set-password page keeps its token in the fragment).
  e.preventDefault();
  document.getElementById('main')?.focus();
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { state, me, signOut, refresh } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [signingOut, setSigningOut] = useState(false);
  // On a narrow screen the main menu is a disclosure: a button that shows or hides the list (from 48rem
  // on the button is hidden and the list is always a row, app.css). The menu is open only on the page
  // where it was opened, so any navigation closes it, also the browser's back and forward buttons.
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === pathname;
  const menuButton = useRef<HTMLButtonElement>(null);

  const closeMenuAfterClick = (e: MouseEvent<HTMLElement>) => {
    const link = (e.target as HTMLElement).closest('a');
    if (!link) return;
    setMenuOpenAt(null);
    // The same page again: nothing new takes the focus (PageHeading does after a navigation), so it goes
    // back to the menu button rather than to the body with the hidden list.
    if (new URL(link.href).pathname === pathname) menuButton.current?.focus();
  };

  const closeMenuOnEscape = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || !menuOpen) return;
    e.preventDefault();
    setMenuOpenAt(null);
    menuButton.current?.focus();
  };

  const logOut = async () => {
    setSigningOut(true);
    try {
      await signOut();
    } catch {
      // the session is dropped locally either way
    } finally {
      setSigningOut(false);
    }
    navigate('/login', { state: { signedOut: true } });
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-header__brand">
            {t('app.name')}
          </Link>
          <nav
            className={menuOpen ? 'app-nav app-nav--open' : 'app-nav'}
            aria-label={t('nav.label')}
            onKeyDown={closeMenuOnEscape}
          >
            <button
              ref={menuButton}
              type="button"
              className="app-nav__toggle"
              aria-expanded={menuOpen}
              aria-controls="app-menu"
              onClick={() => setMenuOpenAt(menuOpen ? null : pathname)}
            >
              <span className="app-nav__icon" aria-hidden="true" />
              {t('nav.menu')}
            </button>
            <ul id="app-menu" className="app-nav__list" onClick={closeMenuAfterClick}>
              {me && (
                <li>
                  <NavLink to="/" end>
                    {t('nav.home')}
                  </NavLink>
                </li>
              )}
              <li>
                <NavLink to="/programmes" end>
                  {t('nav.programmes')}
                </NavLink>
              </li>
              {me?.operator && (
                <>
                  <li>
                    <NavLink to="/operator" end>
                      {t('nav.operatorOrganisations')}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/operator/security-log">{t('nav.securityLog')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/operator/people">{t('nav.operatorPeople')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/operator/deletion-requests">{t('nav.deletionRequests')}</NavLink>
                  </li>
                </>
              )}
              {me?.memberships.some((m) => m.role === 'organiser') && (
                <li>
                  <NavLink to="/organiser/programmes">{t('nav.organiser')}</NavLink>
                </li>
              )}
              {me?.memberships.some((m) => m.role === 'organiser' && m.organisationKind === 'organiser') && (
                <>
                  <li>
                    <NavLink to="/organiser/questions">{t('nav.questions')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/organiser/deletion-requests">{t('nav.deletionRequests')}</NavLink>
                  </li>
                </>
              )}
              {me?.memberships.some((m) => m.role === 'coordinator') && (
                <li>
                  <NavLink to="/team">{t('nav.team')}</NavLink>
                </li>
              )}
              {(me?.invitations ?? 0) > 0 && (
                <li>
                  <NavLink to="/invitations">{t('nav.invitations', { count: me?.invitations ?? 0 })}</NavLink>
                </li>
              )}
              {me?.memberships.some((m) => m.role === 'reviewer') && (
                <li>
                  <NavLink to="/reviews">{t('nav.reviews')}</NavLink>
                </li>
              )}
              {me?.memberships.some((m) => m.role === 'mentor') && (
                <li>
                  <NavLink to="/mentoring">{t('nav.mentoring')}</NavLink>
                </li>
              )}
              <li>
                <NavLink to="/framework">{t('nav.framework')}</NavLink>
              </li>
              {me ? (
                <li>
                  <NavLink to="/resources">{t('resources.link')}</NavLink>
                </li>
              ) : (
                <li>
                  <NavLink to="/playbook">{t('playbook.nav')}</NavLink>
                </li>
              )}
              <li>
                <NavLink to="/showcase">{t('nav.showcase')}</NavLink>
              </li>
              <li>
                <NavLink to="/ask">{t('nav.askUs')}</NavLink>
              </li>
            </ul>
          </nav>
          <div className="app-header__tools">
            <LanguageSwitch />
            {me ? (
              <div className="app-header__user">
                {/* The name leads to the account page (/account). It sits beside "log out", outside the main
                    menu, so on a phone it is in view without opening the menu. Its name says where it goes. */}
                <NavLink to="/account" className="app-header__name">
                  <span className="visually-hidden">{t('header.account')}:</span> {me.user.name}
                </NavLink>
                <Button variant="light" onClick={logOut} disabled={signingOut}>
                  {t('header.logOut')}
                </Button>
              </div>
            ) : (
              state.status !== 'loading' && (
                <Link to="/login" className="app-header__login">
                  {t('header.logIn')}
                </Link>
              )
            )}
          </div>
        </div>
      </header>
      {state.status === 'unavailable' && (
        <div className="banner" role="alert">
          <p>{t('app.serverUnavailable')}</p>
          <Button variant="secondary" onClick={() => void refresh()}>
            {t('common.retry')}
          </Button>
        </div>
      )}
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
      <footer className="app-footer">
        <p>{t('footer.text')}</p>
        <p>
          <Link to="/ask">{t('footer.askUs')}</Link>
        </p>
        <p>
          <Link to="/privacy">{t('footer.privacy')}</Link>
        </p>
      </footer>
    </div>
  );
}
