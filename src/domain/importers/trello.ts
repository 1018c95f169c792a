import { buildPlan, ImportFileError, kindByName, madeKey, mapInSteps, utcInstant, type KeyNumbering, type PlanOptions, type PlanSteps, type SourceItem, type SourcePerson } from './import-plan';

type TrelloList = { id: string; name: string; closed?: boolean; pos?: number };
type TrelloCard = { id: string; name: string; desc?: string; idList: string; closed?: boolean; idLabels?: string[]; idMembers?: string[]; due?: string | null; pos?: number; dateLastActivity?: string };
type TrelloMember = { id: string; fullName?: string; username?: string };
type TrelloAction = {
  type: string;
  date: string;
  memberCreator?: TrelloMember;
  data?: { card?: { id?: string }; list?: { id?: string }; listBefore?: { id?: string }; listAfter?: { id?: string }; text?: string };
};
type TrelloBoard = { name?: string; lists?: TrelloList[]; cards?: TrelloCard[]; labels?: { id: string; name?: string; color?: string }[]; members?: TrelloMember[]; actions?: TrelloAction[]; checklists?: { idCard: string; name: string; checkItems?: { name: string; state: string }[] }[] };

/**
 * A Trello id (24 hex digits) starts with the second it was made: the creation time of a card with no
 * createCard action left. Anything else is no date, not the few hex digits it may happen to start with.
 */
function createdFromId(id: string): string | null {
  if (!/^[0-9a-f]{24}$/i.test(id)) return null;
  const seconds = Number.parseInt(id.slice(0, 8), 16);
  return seconds > 0 ? new Date(seconds * 1000).toISOString() : null;
}

function asBoard(content: unknown): TrelloBoard {
  const board = content as TrelloBoard;
  const errors: { field: string; message: string }[] = [];
  if (typeof content !== 'object' || content === null || Array.isArray(content)) throw new ImportFileError([{ field: 'content', message: 'expected a Trello board export: a JSON object with lists, cards and actions' }]);
  if (!Array.isArray(board.lists)) errors.push({ field: 'content.lists', message: 'missing, so the file is not a Trello board export: export the board from Trello with Menu → Print, export and share → Export as JSON' });
  if (!Array.isArray(board.cards)) errors.push({ field: 'content.cards', message: 'missing: a Trello board export lists its cards' });
  board.cards?.forEach((card, index) => {
    if (typeof card?.id !== 'string' || typeof card.idList !== 'string') errors.push({ field: `content.cards[${index}]`, message: 'a card needs its id and idList' });
    else if (typeof card.name !== 'string' || card.name.trim() === '') errors.push({ field: `content.cards[${index}].name`, message: 'a card needs a name' });
  });
  if (errors.length) throw new ImportFileError(errors);
  return board;
}

const label = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A Trello board export as an import: open lists in their order become columns, open cards items;
 * `createCard` and `updateCard` list changes become moves at their instants, comments comments, labels
 * tags, the first member the owner, checklists part of the description. Archived cards and lists are
 * left out and counted in the report.
 */
export function* trelloPlan(content: unknown, options: PlanOptions & KeyNumbering): PlanSteps {
  const board = asBoard(content);
  const lists = [...board.lists!].sort((a, b) => (a.pos ?? 0) - (b.pos ?? 0));
  const openLists = lists.filter((list) => !list.closed);
  const listName = new Map(lists.map((list) => [list.id, list.name]));
  const labels = new Map((board.labels ?? []).map((l) => [l.id, l.name || l.color || 'label']));
  const members = new Map((board.members ?? []).map((m) => [m.id, m]));
  const person = (member: TrelloMember | undefined): SourcePerson | null => (member ? { name: member.fullName ?? null, username: member.username ?? null } : null);
  const actions = [...(board.actions ?? [])].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const actionsOf = new Map<string, TrelloAction[]>();
  for (const action of actions) {
    const cardId = action.data?.card?.id;
    if (cardId) actionsOf.set(cardId, [...(actionsOf.get(cardId) ?? []), action]);
  }
  const warnings: string[] = [];
  const archivedCards = board.cards!.filter((card) => card.closed).length;
  const closedListIds = new Set(lists.filter((list) => list.closed).map((list) => list.id));
  const inClosedLists = board.cards!.filter((card) => !card.closed && closedListIds.has(card.idList)).length;
  if (archivedCards) warnings.push(`${label(archivedCards, 'archived card was', 'archived cards were')} left out.`);
  if (closedListIds.size) warnings.push(`${label(closedListIds.size, 'archived list was', 'archived lists were')} left out${inClosedLists ? `, with ${label(inClosedLists, 'open card', 'open cards')} in ${closedListIds.size === 1 ? 'it' : 'them'}` : ''}.`);
  const checklists = board.checklists ?? [];
  let undated = 0;

  const cards = board.cards!.filter((card) => !card.closed && !closedListIds.has(card.idList));
  const items: SourceItem[] = yield* mapInSteps(cards, (card, index) => {
    const own = actionsOf.get(card.id) ?? [];
    const created = own.find((action) => action.type === 'createCard' || action.type === 'copyCard' || action.type === 'convertToCardFromCheckItem');
    // Without either, the card's last activity is the earliest day the file vouches for.
    const createdAt = utcInstant(created?.date) ?? createdFromId(card.id) ?? utcInstant(card.dateLastActivity) ?? (undated++, new Date(0).toISOString());
    const moves = own.filter((action) => action.type === 'updateCard' && action.data?.listAfter?.id && action.data.listBefore?.id);
    const initialList = created?.data?.list?.id ?? moves[0]?.data?.listBefore?.id ?? card.idList;
    const transitions = moves.flatMap((action) => {
      const to = listName.get(action.data!.listAfter!.id!);
      const at = utcInstant(action.date);
      return to && at ? [{ to, at }] : [];
    });
    // The export keeps a limited number of actions: where they stop short, the card's list today is the last word.
    const last = transitions.at(-1)?.to ?? listName.get(initialList);
    const current = listName.get(card.idList)!;
    if (last !== current) transitions.push({ to: current, at: transitions.at(-1)?.at ?? createdAt });
    const cardChecklists = checklists.filter((checklist) => checklist.idCard === card.id);
    const checklistText = cardChecklists
      .map((checklist) => [`**${checklist.name}**`, ...(checklist.checkItems ?? []).map((item) => `- [${item.state === 'complete' ? 'x' : ' '}] ${item.name}`)].join('\n'))
      .join('\n\n');
    return {
      key: madeKey(options, index),
      title: card.name.trim(),
      createdAt,
      initialStatus: listName.get(initialList) ?? current,
      transitions,
      blocks: [],
      description: [card.desc ?? '', checklistText].filter(Boolean).join('\n\n'),
      owner: person(members.get(card.idMembers?.[0] ?? '')),
      tags: (card.idLabels ?? []).map((id) => labels.get(id)).filter((name): name is string => Boolean(name)),
      dueDate: card.due ? card.due.slice(0, 10) : null,
      comments: own.filter((action) => action.type === 'commentCard' && action.data?.text).map((action) => ({ author: person(action.memberCreator), body: action.data!.text!, at: utcInstant(action.date) ?? createdAt })),
    };
  });
  if (undated) warnings.push(`${label(undated, 'card has', 'cards have')} no creation date in the file.`);
  return yield* buildPlan({
    boardName: options.boardName ?? (board.name?.trim() || 'Imported from Trello'),
    sourceColumns: openLists.map((list, index) => ({ name: list.name, kind: kindByName(list.name, index) })),
    items,
    ...(options.mapping ? { mapping: options.mapping } : {}),
    people: options.people,
    warnings,
  });
}
