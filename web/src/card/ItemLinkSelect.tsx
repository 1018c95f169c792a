import type { LinkedItem } from '../api/types';
import { linkOptions, type LinkableBoard, type LinkContext } from './link-choices';
import type { CombinedLookup } from './queries';
import { Unavailable } from './StrategyLinks';

type Props = {
  label: string;
  name: string;
  boards: CombinedLookup<LinkableBoard[]>;
  /** The ids the card holds now: each keeps an option, listed on a board or not. */
  linked: readonly string[];
  context: LinkContext;
  /** What the card already knows of its linked items, to name those no board lists. */
  known?: readonly LinkedItem[];
  /** Several items (none picked is an empty list) rather than one or "None". */
  multiple?: boolean;
  /** What saving keeps while the items cannot be listed. */
  kept: string;
  className?: string;
};

/** A select of the portfolio's items, on any of its boards, for a link the card holds by id. */
export function ItemLinkSelect({ label, name, boards, linked, context, known, multiple = false, kept, className }: Props) {
  // Distinct keys: the select with the items must mount anew, as only a mount applies its defaultValue.
  if (!boards.data) {
    return (
      <label key="unavailable" className={className}>
        {label}
        <select disabled multiple={multiple}>
          <option>{boards.isError ? 'Unavailable' : 'Loading…'}</option>
        </select>
        <Unavailable lookup={boards} what="items" name={name} values={linked} kept={kept} />
      </label>
    );
  }
  const options = linkOptions(boards.data, linked, context, known).map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
  return (
    <label key="loaded" className={className}>
      {label}
      {multiple ? (
        <select name={name} multiple defaultValue={[...linked]} size={Math.min(5, Math.max(2, options.length))}>
          {options}
        </select>
      ) : (
        <select name={name} defaultValue={linked[0] ?? ''}>
          <option value="">None</option>
          {options}
        </select>
      )}
    </label>
  );
}
