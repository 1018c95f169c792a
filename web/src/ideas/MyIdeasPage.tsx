import { Link } from '@tanstack/react-router';
import { explain } from '../api/http';
import { Loading } from '../shell/Loading';
import { itemLinkFromPage } from '../shell/paths';
import { useMyIdeas } from './ideas-api';
import { whereNow, whoAnswers, whyListed } from './idea-words';

/** "My ideas": each idea the signed-in person proposed or voted for, where it is now and who answers for it now. */
export default function MyIdeasPage() {
  const ideas = useMyIdeas();
  if (ideas.isPending) return <Loading />;
  if (ideas.isError) return <p className="page form-error" role="alert">{explain(ideas.error)}</p>;
  return (
    <div className="page me-page">
      <h1>My ideas</h1>
      <p className="hint">The ideas you proposed or vote for, where each one is now and who is responsible for it now.</p>
      {ideas.data.length === 0 ? (
        <p className="hint">You have not proposed or voted for an idea yet. Open a board and choose &ldquo;Propose an idea&rdquo;, or vote on a card.</p>
      ) : (
        <ul className="entry-list">
          {ideas.data.map((idea) => (
            <li key={idea.item.id}>
              {/* A declined or merged idea opens too: as a record, with its conversation still open. */}
              <Link {...itemLinkFromPage(idea.board.id, idea.item.id)}>
                {idea.item.key} {idea.item.title}
              </Link>
              <span>
                {idea.mergedInto ? (
                  <>
                    Merged into{' '}
                    <Link {...itemLinkFromPage(idea.mergedInto.boardId, idea.mergedInto.id)}>
                      {idea.mergedInto.key} {idea.mergedInto.title}
                    </Link>
                  </>
                ) : (
                  whereNow(idea)
                )}
                {idea.status === 'declined' && idea.item.closed?.reason ? `: ${idea.item.closed.reason}` : ''}
              </span>
              <span className="hint">
                {whyListed(idea)} · {idea.mergedInto ? 'Its votes and followers moved there' : idea.item.closed ? 'Closed: nobody works on it any more' : whoAnswers(idea.responsible)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
