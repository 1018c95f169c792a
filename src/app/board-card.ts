import { withoutCardDefaults, type CardDefaultField } from '../domain/card-defaults';
import type { ItemView } from './item-view';

/**
 * An item as the board answer carries it (`GET /boards/{id}`): what its card shows and what the
 * board's filters, swimlanes and moves read — nothing more, so that a 1,000-card board stays a few
 * hundred kilobytes. The card dialog reads the whole item from `GET /items/{id}`.
 *
 * Every field keeps the name and meaning it has in the full item, so a full item (an answer to
 * PATCH /items/{id}, say) can stand in for a card. A field a card starts to show is added here, to
 * the type and to `toBoardCard`, and nowhere else. On the wire, fields at their usual value are left
 * out (`CompactBoardCard`, src/domain/card-defaults.ts).
 */
export type BoardCard = Pick<
  ItemView,
  | 'id'
  | 'key'
  | 'columnId'
  | 'rank'
  | 'title'
  | 'version'
  | 'blocked'
  | 'classOfService'
  | 'enteredColumnAt'
  | 'ownerId'
  | 'tags'
  | 'themes'
  | 'valueStream'
  | 'checkedCriteria'
  | 'blockedBy'
  | 'blocks'
  | 'openBlockers'
  | 'pendingApprovalId'
  | 'source'
  | 'submittedBy'
  | 'submittedByGuest'
  | 'votes'
  | 'votedByMe'
> & {
  /** The open block's reason, shown on the card; who blocked it and since when are in the item. */
  block: Pick<NonNullable<ItemView['block']>, 'reason'> | null;
  /** The score on the card and what relative estimation shows beside it; the four inputs are in the item. */
  wsjf: Pick<ItemView['wsjf'], 'jobSize' | 'costOfDelay' | 'score'>;
  /** How many of its children are done, of how many. */
  progress: Pick<ItemView['progress'], 'done' | 'total'>;
};

/** A card as the board answer sends it: the fields at their usual value left out. */
export type CompactBoardCard = Omit<BoardCard, CardDefaultField> & Partial<Pick<BoardCard, CardDefaultField>>;

/** The board's projection of an item. Fields are named one by one, so the item's other fields never leak in. */
export function toBoardCard(item: ItemView): CompactBoardCard {
  return withoutCardDefaults<BoardCard>({
    id: item.id,
    key: item.key,
    columnId: item.columnId,
    rank: item.rank,
    title: item.title,
    version: item.version,
    blocked: item.blocked,
    block: item.block && { reason: item.block.reason },
    classOfService: item.classOfService,
    enteredColumnAt: item.enteredColumnAt,
    ownerId: item.ownerId,
    tags: item.tags,
    themes: item.themes,
    valueStream: item.valueStream,
    wsjf: { jobSize: item.wsjf.jobSize, costOfDelay: item.wsjf.costOfDelay, score: item.wsjf.score },
    progress: { done: item.progress.done, total: item.progress.total },
    checkedCriteria: item.checkedCriteria,
    blockedBy: item.blockedBy,
    blocks: item.blocks,
    openBlockers: item.openBlockers,
    pendingApprovalId: item.pendingApprovalId,
    source: item.source,
    submittedBy: item.submittedBy,
    submittedByGuest: item.submittedByGuest,
    votes: item.votes,
    votedByMe: item.votedByMe,
  });
}
