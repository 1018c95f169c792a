import { useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useRouter } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { someoneWho } from '../../../src/domain/capabilities';
import { gateCrossed } from '../../../src/domain/move-policy';
import { useBoardEvents, type LiveStatus } from '../api/board-events';
import { API, explain, isProblem, ProblemError, type Problem } from '../api/http';
import { keys, useBoard, useCan, useMembers } from '../api/queries';
import type { BoardCard } from '../api/types';
import { CardDialogFrame } from '../card/CardDialogFrame';
import { ProposeIdeaDialog } from '../ideas/ProposeIdeaDialog';
import { rememberPlace } from '../shell/last-visited';
import { boardLink, declinedLink, itemLink, portfolioLink, responsibilityLink } from '../shell/paths';
import { boardMetricsLink } from '../metrics/metrics-paths';
import { listed } from '../shell/format';
import { dismiss, notify } from '../shell/notices';
import { useShortcut } from '../shell/shortcuts';
import { afterDrop } from './after-drop';
import { ApprovalDialog } from './ApprovalDialog';
import { focusCardOnceShown, focusLinkOnceShown } from './card-focus';
import { BoardCanvas } from './BoardCanvas';
import { BoardFilters } from './BoardFilters';
import { BoardSkeleton } from './BoardSkeleton';
import { BoardSwitcher } from './BoardSwitcher';
import type { CardContext } from './CardTile';
import { cardFilter, NO_FILTER } from './filters';
import { useLanePreferences } from './lane-preferences';
import { LanePicker } from './LanePicker';
import { boardLanes, effectiveLaneMode, layOutBoard } from './lanes';
import { EmptyBoardWelcome } from './EmptyBoardWelcome';
import { NewItemDialog } from './NewItemDialog';
import { skippedColumns } from './columns';
import { mayFixRefusal, RefusedMoveDialog } from './RefusedMoveDialog';
import { SkipColumnsDialog } from './SkipColumnsDialog';
import { useMoveItem, type MoveRequest } from './useMoveItem';
import { useNow } from './useNow';
import './board-toolbar.css';

const LIVE_WORDS: Record<LiveStatus, string> = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…' };

/** The refusal as the user reads it: the policy's title and the server's explanation, naming who could allow it. */
function refusalMessage(error: unknown): string {
  if (error instanceof ProblemError) return `${error.problem.title}: ${error.problem.detail}`;
  return explain(error);
}

type Props = { boardId: string; openItemId?: string };

/** Each board starts afresh: its own filters, lanes and dialogs. */
export default function BoardPage(props: Props) {
  return <BoardView key={props.boardId} {...props} />;
}

function BoardView({ boardId, openItemId }: Props) {
  const board = useBoard(boardId);
  const portfolioId = board.data?.portfolioId;
  const can = useCan(portfolioId);
  const members = useMembers(portfolioId);
  // A board that is not there (deleted, mistyped, or in another's portfolio) has no changes to wait for.
  const missing = isProblem(board.error, 'not_found');
  const live = useBoardEvents(boardId, !missing);
  const [filter, setFilter] = useState(NO_FILTER);
  const lanePreferences = useLanePreferences(boardId);
  const [refused, setRefused] = useState<{ move: MoveRequest; refusal: ProblemError } | null>(null);
  const [skipping, setSkipping] = useState<{ move: MoveRequest; skipped: { name: string }[] } | null>(null);
  const [gated, setGated] = useState<{ move: MoveRequest; problem: Problem } | null>(null);
  const [creating, setCreating] = useState(false);
  const [proposing, setProposing] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const mayOverride = can('wip.override');
  const mayApprove = can('gate.approve');
  const navigate = useNavigate();
  const router = useRouter();
  const closesBack = useLocation({ select: (location) => location.state.closesBack === true });
  const queryClient = useQueryClient();
  const fixes = { mayOverride, mayEdit: can('item.edit') };

  useEffect(() => {
    if (portfolioId) rememberPlace({ boardId, portfolioId });
  }, [boardId, portfolioId]);
  useShortcut('/', () => searchRef.current?.focus());
  useShortcut('n', () => can('item.create') && setCreating(true));

  const move = useMoveItem(boardId, (error, request, refusedOnly) => {
    if (mayFixRefusal(error, fixes) && !request.override) afterDrop(() => setRefused({ move: request, refusal: error }));
    else if (isProblem(error, 'approval_required')) afterDrop(() => setGated({ move: request, problem: error.problem }));
    else if (isProblem(error, 'version_conflict')) {
      // Changed by someone else since it was read: the board is read again after every move; its card too.
      void queryClient.invalidateQueries({ queryKey: keys.item(request.item.id) });
      const what = refusedOnly === 'lane' ? 'it moved, but its lane was not changed' : 'it was not moved';
      notify(`${request.item.key} was changed by someone else meanwhile, so ${what}. It now shows as it is: try again if it still needs to.`, 'error');
    } else notify(refusalMessage(error), 'error');
  });
  const columns = board.data?.columns;
  const whereItStays = (request: MoveRequest) => columns?.find((column) => column.id === request.item.columnId)?.name ?? 'its column';
  // The last "stays in" said of a card, withdrawn once the card is moved after all.
  const staying = useRef<{ itemId: string; notice: number } | null>(null);
  /** A drop taken back in its dialog: the screen reader heard it dropped, so the page says where it stays. */
  const keepCard = (request: MoveRequest) => (staying.current = { itemId: request.item.id, notice: notify(`${request.item.key} stays in ${whereItStays(request)}.`) });
  const moveCard = useCallback(
    (request: MoveRequest) => {
      if (staying.current?.itemId === request.item.id) dismiss(staying.current.notice);
      const skipped = columns ? skippedColumns(columns, request.item.columnId, request.columnId) : [];
      // Into or past a gate, a mover who may not approve is offered to ask for a go: whether to skip columns is not theirs to answer yet.
      const asksForAGo = !mayApprove && columns !== undefined && gateCrossed(columns, request.item.columnId, request.columnId) !== null;
      // A card's lane is one of its fields: refused here rather than after the move went through.
      if (request.lane && !fixes.mayEdit) notify(`Moving ${request.item.key} to another lane changes its fields, which needs ${someoneWho(['item.edit'])}.`, 'error');
      else if (skipped.length > 0 && !asksForAGo) afterDrop(() => setSkipping({ move: request, skipped }));
      else move.mutate(request);
    },
    [columns, fixes.mayEdit, mayApprove, move],
  );

  const data = board.data;
  const mode = data ? effectiveLaneMode(lanePreferences.chosenMode, data) : 'none';
  const lanes = useMemo(() => (data ? boardLanes(data, mode) : []), [data, mode]);
  const layout = useMemo(() => (data ? layOutBoard(data, lanes, mode, cardFilter(filter)) : null), [data, lanes, mode, filter]);
  const now = useNow();
  // One context object per owner (and one for cards without), so that a memoised card whose context did not
  // change is not rendered again: not when the members arrive, nor when its virtualised list re-renders.
  const nameOf = useMemo(() => {
    const names = new Map((members.data ?? []).map((m) => [m.userId, m.name]));
    return (userId: string) => names.get(userId);
  }, [members.data]);
  const unowned = useMemo((): CardContext => ({ ownerName: null, now, nameOf }), [now, nameOf]);
  const ownerContexts = useMemo(() => new Map((members.data ?? []).map((m): [string, CardContext] => [m.userId, { ownerName: m.name, now, nameOf }])), [members.data, now, nameOf]);
  const contextFor = useCallback((item: BoardCard): CardContext => (item.ownerId && ownerContexts.get(item.ownerId)) || unowned, [ownerContexts, unowned]);
  // Opening and closing a card keeps the board where it was scrolled to.
  const open = useCallback((itemId: string) => void navigate({ ...itemLink(boardId, itemId), resetScroll: false }), [navigate, boardId]);
  /** Closing a card opened on the board: the keyboard goes to its tile, wherever it is now (moved from the card, it is another). */
  const backToBoard = (itemId: string) => {
    void navigate({ ...boardLink(boardId), resetScroll: false });
    focusCardOnceShown(itemId);
  };
  /** Closing a card opened from another page: back there, to the link that opened it. */
  const backToOpener = (itemId: string) => {
    router.history.back();
    focusLinkOnceShown(router.buildLocation(itemLink(boardId, itemId)).pathname);
  };

  if (board.isPending) return <BoardSkeleton />;
  if (missing) return <BoardNotFound />;
  if (board.isError || !data || !layout) return <p className="page form-error" role="alert">{explain(board.error)}</p>;
  const readOnly = !can('item.move') && !can('backlog.rank');

  return (
    <div className="board-page">
      <div className="board-toolbar">
        <div className="board-title">
          <h1>{data.name}</h1>
          <Link {...portfolioLink(data.portfolioId)} className="hint">
            Portfolio settings
          </Link>
          {can('metrics.view') && (
            <Link {...boardMetricsLink(boardId)} className="hint">
              Flow metrics
            </Link>
          )}
          <Link {...responsibilityLink(boardId)} className="hint">
            Who is responsible?
          </Link>
          <Link {...declinedLink(boardId)} className="hint">
            Declined ideas
          </Link>
          <a href={`${API}/boards/${boardId}/items.csv`} download className="hint">
            Items as CSV
          </a>
          <span className={`live live-${live}`} role="status">
            {LIVE_WORDS[live]}
          </span>
        </div>
        <BoardSwitcher boardId={boardId} portfolioId={data.portfolioId} mayAddBoards={can('workflow.configure')} />
        <LanePicker board={data} mode={mode} mayConfigure={can('workflow.configure')} onChoose={lanePreferences.chooseMode} />
        {can('item.create') && (
          <button type="button" className="primary" onClick={() => setCreating(true)} title="New item (n)">
            New item
          </button>
        )}
        {can('idea.submit') && (
          <button type="button" onClick={() => setProposing(true)}>
            Propose an idea
          </button>
        )}
        {readOnly && <p className="hint read-only">{withoutMoving(can)}</p>}
      </div>
      {data.items.length === 0 && <EmptyBoardWelcome portfolioId={data.portfolioId} mayInvite={can('portfolio.admin')} mayCreate={can('item.create')} onCreate={() => setCreating(true)} />}
      <BoardFilters filter={filter} onChange={setFilter} board={data} members={members.data ?? []} shown={layout.shown} searchRef={searchRef} />
      <BoardCanvas
        board={data}
        lanes={lanes}
        mode={mode}
        layout={layout}
        collapsed={lanePreferences.collapsed}
        onToggleLane={lanePreferences.toggleLane}
        contextFor={contextFor}
        readOnly={readOnly}
        onMove={moveCard}
        onOpen={open}
      />
      {skipping && (
        <SkipColumnsDialog
          move={skipping.move}
          skipped={skipping.skipped}
          onCancel={() => {
            keepCard(skipping.move);
            setSkipping(null);
            focusCardOnceShown(skipping.move.item.id);
          }}
          onConfirm={() => {
            move.mutate(skipping.move);
            setSkipping(null);
            focusCardOnceShown(skipping.move.item.id);
          }}
        />
      )}
      {refused && (
        <RefusedMoveDialog
          move={refused.move}
          refusal={refused.refusal}
          fixes={fixes}
          onCancel={() => {
            keepCard(refused.move);
            setRefused(null);
            focusCardOnceShown(refused.move.item.id);
          }}
          onMove={(request) => {
            move.mutate(request);
            setRefused(null);
            focusCardOnceShown(request.item.id);
          }}
        />
      )}
      {gated && (
        <ApprovalDialog
          boardId={boardId}
          move={gated.move}
          stayingIn={whereItStays(gated.move)}
          columnName={(id) => columns?.find((column) => column.id === id)?.name ?? 'another column'}
          problem={gated.problem}
          onClose={() => {
            setGated(null);
            focusCardOnceShown(gated.move.item.id);
          }}
        />
      )}
      {creating && <NewItemDialog board={data} mayOverride={mayOverride} mayApprove={mayApprove} onClose={() => setCreating(false)} />}
      {proposing && <ProposeIdeaDialog board={data} onClose={() => setProposing(false)} />}
      {openItemId && <CardDialogFrame itemId={openItemId} board={data} onMove={readOnly ? undefined : moveCard} onClose={() => (closesBack ? backToOpener(openItemId) : backToBoard(openItemId))} />}
    </div>
  );
}

/** A board address that leads nowhere: said in words, with the way on. */
function BoardNotFound() {
  return (
    <div className="page">
      <h1>Board not found</h1>
      <p>
        There is no board at this address that you can see: it may have been deleted, the link may be incomplete, or the board may belong to a portfolio you are not a member of.
      </p>
      <p>
        <Link to="/portfolios">See your portfolios and their boards</Link>
      </p>
    </div>
  );
}

/** What someone whose roles do not let them move cards can still do on a board, each as their roles allow. */
function withoutMoving(can: (capability: string) => boolean): string {
  const allowed = (
    [
      ['item.create', 'add cards'],
      ['item.edit', 'edit cards'],
      ['item.block', 'block cards'],
      ['gate.approve', 'decide go/no-go requests'],
      ['idea.submit', 'propose ideas'],
      ['vote', 'vote'],
      ['comment', 'comment'],
    ] as const
  ).flatMap(([capability, words]) => (can(capability) ? [words] : []));
  const list = listed(allowed);
  return list ? `Your roles do not let you move cards on this board; you can ${list}.` : 'You can view this board; your roles do not let you change it.';
}
