/** An item of a flow-history file, as far as its instants go. */
type FileItem = { createdAt: string; transitions: { at: string }[]; blocks: { from: string; to: string | null }[] };

const utc = (instant: string) => new Date(instant).toISOString();

/** A file's items as the server stores and exports them: every instant in UTC, whatever offset the file gave. */
export function itemsInUtc<T extends FileItem>(items: readonly T[]): T[] {
  return items.map((item) => ({
    ...item,
    createdAt: utc(item.createdAt),
    transitions: item.transitions.map((transition) => ({ ...transition, at: utc(transition.at) })),
    blocks: item.blocks.map((block) => ({ ...block, from: utc(block.from), to: block.to === null ? null : utc(block.to) })),
  }));
}
