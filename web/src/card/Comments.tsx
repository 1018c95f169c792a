import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { answer, api, explain } from '../api/http';
import { withCreatedEntry } from '../api/created-entry';
import { keys, useComments } from '../api/queries';
import type { Comment } from '../api/types';
import { formatDateTime, listed } from '../shell/format';
import { notify } from '../shell/notices';
import { MarkdownHtml } from './MarkdownHtml';
import { SubmitButton } from '../setup/FieldErrors';

/** Whom a comment's @mentions notified: everyone it mentions but its author, who needs no telling. */
function notifiedBy(comment: Comment): string[] {
  return comment.mentions.filter((userId) => userId !== comment.authorId);
}

export function Comments({ itemId, canComment, nameOf }: { itemId: string; canComment: boolean; nameOf: (userId: string | null) => string }) {
  const comments = useComments(itemId);
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const add = useMutation({
    mutationFn: (text: string) => answer(api.POST('/api/v1/items/{id}/comments', { params: { path: { id: itemId } }, body: { body: text } })),
    onSuccess: (comment) => {
      queryClient.setQueryData<Comment[]>(keys.comments(itemId), (list) => withCreatedEntry(list ?? [], comment));
      setBody('');
    },
    onError: (error) => notify(explain(error), 'error'),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) add.mutate(body);
  };
  return (
    <section className="panel" aria-labelledby="comments-heading">
      <h3 id="comments-heading">Comments</h3>
      {comments.data?.length === 0 && <p className="hint">No comments yet.</p>}
      <ol className="comments">
        {comments.data?.map((comment) => (
          <li key={comment.id}>
            <p className="hint">
              <strong>{nameOf(comment.authorId)}</strong> · <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
            </p>
            {/* The server renders Markdown to HTML that is safe to insert. */}
            <MarkdownHtml className="comment-body markdown" html={comment.bodyHtml} />
            {notifiedBy(comment).length > 0 && <p className="hint">Notified {listed(notifiedBy(comment).map(nameOf))}</p>}
          </li>
        ))}
      </ol>
      {canComment && (
        <form onSubmit={submit} className="stack">
          <label>
            Add a comment <span className="hint">(Markdown; mention people by the start of their e-mail: @ann.lee for ann.lee@example.org)</span>
            <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={3} />
          </label>
          <div className="actions">
            <SubmitButton busy={add.isPending} disabled={!body.trim()}>
              Comment
            </SubmitButton>
          </div>
        </form>
      )}
    </section>
  );
}
