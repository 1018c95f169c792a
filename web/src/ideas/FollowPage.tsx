import { useQuery } from '@tanstack/react-query';
import { answer, api, explain, ProblemError } from '../api/http';
import { keys } from '../api/queries';
import { formatDateTime } from '../shell/format';
import { Loading } from '../shell/Loading';
import { statusWords } from './idea-words';
import { PublicCard } from './PublicCard';

/** The page a follow link opens, without signing in: the idea's title, where it is, since when, and its status. */
export default function FollowPage({ token }: { token: string }) {
  const idea = useQuery({ queryKey: keys.follow(token), queryFn: () => answer(api.GET('/api/v1/follow/{token}', { params: { path: { token } } })), retry: false, refetchInterval: 60_000 });
  if (idea.isPending) return <Loading />;
  if (idea.isError) {
    const unknown = idea.error instanceof ProblemError && idea.error.problem.status === 404;
    return (
      <PublicCard title="This idea could not be found">
        <p role="alert">{unknown ? 'The link may be incomplete: copy it again from the message that brought it to you.' : explain(idea.error)}</p>
      </PublicCard>
    );
  }
  const { title, column, since } = idea.data;
  return (
    <PublicCard title={title}>
      <dl className="follow-facts">
        <dt>Stage</dt>
        <dd>{column}</dd>
        <dt>There since</dt>
        <dd>{formatDateTime(since)}</dd>
        <dt>Status</dt>
        <dd className="follow-status">{statusWords(idea.data)}</dd>
      </dl>
      <p className="hint">This page keeps itself up to date: keep it open, or come back to it with the same link.</p>
    </PublicCard>
  );
}
