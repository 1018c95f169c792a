import type { ReactNode } from 'react';
import './public-pages.css';

/** The frame of the pages people outside the organisation open: no sign-in, no menu, one card in the middle. */
export function PublicCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="setup">
      <div className="setup-card public-card">
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
