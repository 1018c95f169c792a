import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { answer, api } from '../api/http';
import { keys, useNotifications } from '../api/queries';
import type { User } from '../api/types';
import { HelpDialog } from './HelpDialog';
import { lastPlace } from './last-visited';
import { Notices } from './notices';
import { boardLink, portfolioLink } from './paths';
import { useShortcut } from './shortcuts';
import { useTheme } from './theme';

export function AppShell({ user, children }: { user: User; children: ReactNode }) {
  const { theme, toggle } = useTheme();
  const [helpOpen, setHelpOpen] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const unread = (useNotifications().data ?? []).filter((n) => !n.read).length;

  useShortcut('?', () => setHelpOpen(true));
  useShortcut('t', toggle);
  useShortcut('m', () => void navigate({ to: '/me' }));
  useShortcut('b', () => {
    const { boardId } = lastPlace();
    void navigate(boardId ? boardLink(boardId) : { to: '/' });
  });
  useShortcut('p', () => {
    const { portfolioId } = lastPlace();
    void navigate(portfolioId ? portfolioLink(portfolioId) : { to: '/portfolios' });
  });

  /** On a phone the main links fold into a menu: Escape closes it and gives the focus back to its button. */
  const closeMenuOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    menuButton.current?.focus();
  };

  const signOut = async () => {
    await answer(api.POST('/api/v1/auth/logout'));
    queryClient.clear();
    queryClient.setQueryData(keys.me, null);
    void navigate({ to: '/login' });
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header" onKeyDown={closeMenuOnEscape}>
        <Link to="/" className="brand">
          Portfolio Kanban
        </Link>
        <button type="button" ref={menuButton} className="ghost menu-button" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen(!menuOpen)}>
          Menu{unread > 0 && <span className="count"> {unread}<span className="sr-only"> unread notifications</span></span>}
        </button>
        {/* Following a link closes the menu: the page it leads to is what the person wants to see. */}
        <nav aria-label="Main" id="main-nav" className={menuOpen ? 'main-nav open' : 'main-nav'} onClick={() => setMenuOpen(false)}>
          <Link to="/portfolios">Portfolios</Link>
          <Link to="/me">My responsibilities</Link>
          <Link to="/me/ideas">My ideas</Link>
          {user.isAdmin && <Link to="/people">People</Link>}
          <Link to="/notifications">
            Notifications{unread > 0 && <span className="count"> {unread}<span className="sr-only"> unread</span></span>}
          </Link>
          {/* On a phone the header has no room for the name that leads to the account: the menu carries it. */}
          <Link to="/account" className="menu-only">
            Your account ({user.name})
          </Link>
        </nav>
        <div className="header-actions">
          <button type="button" className="ghost" onClick={toggle} aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`} title="Theme (t)">
            {theme === 'dark' ? '☀' : '☾'}
          </button>
          <button type="button" className="ghost" onClick={() => setHelpOpen(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
            ?
          </button>
          <Link to="/account" className="user-name" title="Your account and password">
            {user.name}
          </Link>
          <button type="button" className="ghost" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" className="app-main">
        {children}
      </main>
      <Notices />
      {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
