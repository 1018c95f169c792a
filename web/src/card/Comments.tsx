import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { answer, api, explain } from '../api/http';
import { withCreatedEntry } from '../api/created-entry';
import { keys, useComments } from '../api/queries';
import type { Comment, Member } from '../api/types';
import { formatDateTime, listed } from '../shell/format';
import { notify } from '../shell/notices';
import { keepKeyboardIn } from '../shell/return-focus';
import { MarkdownHtml } from './MarkdownHtml';
import { MentionField } from './MentionField';
import { SubmitButton } from '../setup/FieldErrors';
import { ConfirmDelete } from '../strategy/ConfirmDelete';

/** Whom a comment's @mentions notified: everyone it mentions but its author, who needs no telling. */
function notifiedBy(comment: Comment): string[] {
  return comment.mentions.filter((userId) => userId !== comment.authorId);
}

/** What writing a comment needs: the members a mention may name, and the writer. */
type Writing = { members: readonly Member[]; myId: string | undefined };

/** One comment; its author, while they may comment, can rewrite it in place or delete it. */
function CommentEntry({ comment, mine, nameOf, onDeleted, writing }: { comment: Comment; mine: boolean; nameOf: (userId: string | null) => string; onDeleted: () => void; writing: Writing }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Saved or cancelled: the focus goes back to the button that opened the form, not to the page's start.
    if (draft === null && wasEditing.current) editButton.current?.focus();
    wasEditing.current = draft !== null;
  }, [draft]);
  const replace = (update: (list: Comment[]) => Comment[]) => queryClient.setQueryData<Comment[]>(keys.comments(comment.itemId), (list) => update(list ?? []));
  const save = useMutation({
    mutationFn: (body: string) => answer(api.PATCH('/api/v1/comments/{id}', { params: { path: { id: comment.id } }, body: { body, version: comment.version } })),
    onSuccess: (saved) => {
      replace((list) => list.map((entry) => (entry.id === saved.id ? saved : entry)));
      setDraft(null);
    },
    onError: (error) => notify(explain(error), 'error'),
  });
  const remove = useMutation({
    mutationFn: () => answer(api.DELETE('/api/v1/comments/{id}', { params: { path: { id: comment.id } } })),
    onSuccess: () => {
      replace((list) => list.filter((entry) => entry.id !== comment.id));
      notify('Your comment was deleted.');
      onDeleted();
    },
    onError: (error) => notify(explain(error), 'error'),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft?.trim()) save.mutate(draft);
  };
  const edited = comment.updatedAt !== comment.createdAt;
  return (
    <li>
      <p className="hint">
        <strong>{nameOf(comment.authorId)}</strong> · <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
        {edited && (
          <>
            {' '}
            · edited <time dateTime={comment.updatedAt}>{formatDateTime(comment.updatedAt)}</time>
          </>
        )}
      </p>
      {draft === null ? (
        // The server renders Markdown to HTML that is safe to insert.
        <MarkdownHtml className="comment-body markdown" html={comment.bodyHtml} />
      ) : (
        <form onSubmit={submit} className="stack" aria-label="Edit your comment">
          <MentionField label="Your comment" value={draft} onChange={setDraft} rows={3} autoFocus {...writing} />
          <div className="actions">
            <SubmitButton busy={save.isPending} disabled={!draft.trim() || draft === comment.body}>
              Save comment
            </SubmitButton>
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {notifiedBy(comment).length > 0 && <p className="hint">Notified {listed(notifiedBy(comment).map(nameOf))}</p>}
      {mine && draft === null && (
        <div className="actions">
          {/* Each comment's buttons are named by when it was written: a screen reader's list of buttons tells them apart. */}
          <button ref={editButton} type="button" onClick={() => setDraft(comment.body)}>
            Edit<span className="sr-only"> your comment of {formatDateTime(comment.createdAt)}</span>
          </button>
          <ConfirmDelete what={`your comment of ${formatDateTime(comment.createdAt)}`} pending={remove.isPending} onDelete={() => remove.mutate()} />
        </div>
      )}
    </li>
  );
}

type CommentsProps = { itemId: string; canComment: boolean; myId: string | undefined; nameOf: (userId: string | null) => string; members: readonly Member[] };

export function Comments({ itemId, canComment, myId, nameOf, members }: CommentsProps) {
  const comments = useComments(itemId);
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const add = useMutation({
    mutationFn: (text: string) => answer(api.POST('/api/v1/items/{id}/comments', { params: { path: { id: itemId } }, body: { body: text } })),
    onSuccess: (comment) => {
      queryClient.setQueryData<Comment[]>(keys.comments(itemId), (list) => withCreatedEntry(list ?? [], comment));
      setBody('');
      // The button it was sent with is disabled while the field is empty: the keyboard stays where the next comment goes.
      keepKeyboardIn(field.current);
    },
    onError: (error) => notify(explain(error), 'error'),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) add.mutate(body);
  };
  return (
    <section className="panel" aria-labelledby="comments-heading">
      <h3 id="comments-heading" ref={heading} tabIndex={-1}>
        Comments
      </h3>
      {comments.data?.length === 0 && <p className="hint">No comments yet.</p>}
      <ol className="comments">
        {comments.data?.map((comment) => (
          // A deleted comment took the keyboard's place with it: it goes where the next comment is written.
          <CommentEntry
            key={comment.id}
            comment={comment}
            mine={canComment && comment.authorId === myId}
            nameOf={nameOf}
            onDeleted={() => (field.current ?? heading.current)?.focus()}
            writing={{ members, myId }}
          />
        ))}
      </ol>
      {canComment && (
        <form onSubmit={submit} className="stack">
          <MentionField
            label={
              <>
                Add a comment <span className="hint">(Markdown; type @ and the start of someone&apos;s name to mention them)</span>
              </>
            }
            ref={field}
            value={body}
            onChange={setBody}
            rows={3}
            members={members}
            myId={myId}
          />
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
