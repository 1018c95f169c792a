import { MutationCache, onlineManager, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isProblem, ProblemError } from './api/http';
import { keys } from './api/queries';
import { onlineOnceServerReached } from './api/reconnect';
import { tellSaveOutcome, tellSaveStarted } from './api/save-outcomes';
import { router } from './routes';
import { keepFocusNearby } from './shell/focus-rescue';
import { dismiss, notify } from './shell/notices';
import './styles/theme.css';
import './styles/app.css';

/** The notice that writes wait for the connection, while they wait. */
let heldWritesNotice: number | null = null;

/** A session that ended (expired, signed out elsewhere) sends the user to the sign-in page instead of failing view by view. */
const onError = (error: unknown) => {
  if (isProblem(error, 'unauthenticated')) queryClient.setQueryData(keys.me, null);
};

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({
    onMutate: (_variables, mutation) => {
      tellSaveStarted(mutation);
      // A write made offline waits for the connection: the person hears it rather than meeting silence.
      if (!onlineManager.isOnline()) heldWritesNotice = notify('You are offline: this is sent once the connection is back. Keep this page open until then.', 'error', true);
    },
    onError: (error, _variables, _context, mutation) => {
      onError(error);
      tellSaveOutcome(mutation, 'failed');
    },
    onSuccess: (_data, _variables, _context, mutation) => tellSaveOutcome(mutation, 'saved'),
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A refusal (403, 404) will not change by asking again; a network hiccup may.
      retry: (count, error) => !(error instanceof ProblemError && error.problem.status < 500) && count < 2,
    },
  },
});

keepFocusNearby();
onlineManager.setEventListener(onlineOnceServerReached);
// Once the connection is back, the writes held meanwhile are sent: the notice that they wait goes.
onlineManager.subscribe((online) => {
  if (!online || heldWritesNotice === null) return;
  dismiss(heldWritesNotice);
  heldWritesNotice = null;
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
