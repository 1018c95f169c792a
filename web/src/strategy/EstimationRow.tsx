import { Link } from '@tanstack/react-router';
import { useChoiceWhileSaving } from '../api/choice-while-saving';
import type { EstimationEntry, BoardCard, WsjfInput } from '../api/types';
import { itemLinkFromPage } from '../shell/paths';
import { useSetWsjfInput } from './useSetWsjfInput';

type Props = {
  boardId: string;
  columnId: string;
  input: WsjfInput;
  inputName: string;
  scale: readonly number[];
  entry: EstimationEntry;
  /** The item as the board holds it: its cost of delay and WSJF as last saved. */
  item: BoardCard | undefined;
  editable: boolean;
};

/** One item of the relative estimation: its value on the scale for the input being compared, and the WSJF that follows. */
export function EstimationRow({ boardId, columnId, input, inputName, scale, entry, item, editable }: Props) {
  const set = useSetWsjfInput(boardId, columnId, input);
  const choice = useChoiceWhileSaving<number | null>();
  const shown = choice.shown(entry.id, entry.value);
  const choose = (value: number | null) => {
    if (value !== shown) set.mutate({ entry, value }, { onSettled: choice.hold(entry.id, value) });
  };
  const legendId = `estimate-${entry.id}`;
  return (
    <li className="estimate-row">
      <fieldset className="estimate-scale" disabled={!editable || set.isPending} aria-describedby={`${legendId}-score`}>
        <legend id={legendId}>
          <Link {...itemLinkFromPage(boardId, entry.id)} className="card-key">
            {entry.key}
          </Link>{' '}
          {entry.title}
          <span className="sr-only">: {inputName}</span>
        </legend>
        <div className="estimate-choices">
          {scale.map((value) => (
            <label key={value} className="estimate-choice">
              <input type="radio" name={legendId} value={value} checked={shown === value} onChange={() => choose(value)} />
              <span>{value}</span>
            </label>
          ))}
          <label className="estimate-choice estimate-unset">
            <input type="radio" name={legendId} value="" checked={shown === null} onChange={() => choose(null)} />
            <span>Not set</span>
          </label>
        </div>
      </fieldset>
      <p className="estimate-score hint" id={`${legendId}-score`}>
        Cost of delay {item?.wsjf.costOfDelay ?? '—'} · job size {item?.wsjf.jobSize ?? '—'} · <strong>WSJF {item?.wsjf.score ?? '—'}</strong>
      </p>
    </li>
  );
}
