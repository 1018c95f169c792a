import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { http } from '../api/http';
import { keys, useNotifications } from '../api/queries';
import type { User } from '../api/types';
import { HelpDialog } from './HelpDialog';
import { lastPlace } from './last-visited';
import { Notices } from './notices';
import { Link, navigate } from './router';
import { useShortcut } from './shortcuts';
import { useTheme } from './theme';

export function AppShell({ user, children }: { user: User; children: ReactNode }) {
  const { theme, toggle } = useTheme();
  const [helpOpen, setHelpOpen] = useState(false);
  const queryClient = useQueryClient();
  const unread = (useNotifications().data ?? []).filter((n) => !n.read).length;

  useShortcut('?', () => setHelpOpen(true));
  useShortcut('t', toggle);
  useShortcut('m', () => navigate('/me'));
  useShortcut('b', () => {
    const { boardId } = lastPlace();
    navigate(boardId ? `/boards/${boardId}` : '/');
  });
  useShortcut('p', () => {
    const { portfolioId } = lastPlace();
    navigate(portfolioId ? `/portfolios/${portfolioId}` : '/portfolios');
  });

  const signOut = async () => {
    await http.post('/auth/logout');
    queryClient.clear();
    queryClient.setQueryData(keys.me, null);
    navigate('/login');
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Portfolio Kanban
        </Link>
        <nav aria-label="Main" className="main-nav">
          <Link to="/portfolios">Portfolios</Link>
          <Link to="/me">My responsibilities</Link>
          {user.isAdmin && <Link to="/people">People</Link>}
          <Link to="/notifications">
            Notifications{unread > 0 && <span className="count"> {unread}<span className="sr-only"> unread</span></span>}
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
