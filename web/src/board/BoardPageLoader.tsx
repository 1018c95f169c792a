import { useEffect, useState, type ComponentProps } from 'react';
import { Loading } from '../shell/Loading';

type BoardPageModule = typeof import('./BoardPage');
type BoardPageComponent = BoardPageModule['default'];

let loading: Promise<BoardPageModule> | undefined;
let loaded: BoardPageComponent | undefined;

/** Loads the board's code, once: a board's address opened directly asks for it while the session is checked. */
export function preloadBoardPage(): Promise<BoardPageModule> {
  loading ??= import('./BoardPage').then(
    (module) => {
      loaded = module.default;
      return module;
    },
    (error: unknown) => {
      // The next attempt (the page shown again) asks anew.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The board page, its code loaded on demand. Not through React.lazy and Suspense: React holds back a view
 * revealed after a Suspense fallback for up to 300 ms, which a board opened directly would wait out even
 * when its code and data are in. Once the code is in, the page renders at once.
 */
export function BoardPage(props: ComponentProps<BoardPageComponent>) {
  const [state, setState] = useState<{ Page?: BoardPageComponent; error?: unknown }>(() => ({ Page: loaded }));
  useEffect(() => {
    if (state.Page) return;
    let current = true;
    preloadBoardPage().then(
      (module) => current && setState({ Page: module.default }),
      (error: unknown) => current && setState({ error }),
    );
    return () => {
      current = false;
    };
  }, [state.Page]);
  // A failed download fails the render, as a lazily loaded view's does.
  if (state.error !== undefined) throw state.error;
  return state.Page ? <state.Page {...props} /> : <Loading />;
}
