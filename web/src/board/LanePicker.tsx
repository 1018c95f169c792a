import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { answer, api, explain } from '../api/http';
import { keys } from '../api/queries';
import type { Board, BoardAnswer } from '../api/types';
import { notify } from '../shell/notices';
import { hasValueStreamLanes, LANE_MODES, type LaneMode } from './lanes';

type Props = {
  board: Board;
  mode: LaneMode;
  /** A holder of workflow.configure turns the board's value-stream lanes on and off for everyone. */
  mayConfigure: boolean;
  onChoose: (mode: LaneMode) => void;
};

const LABELS: Record<LaneMode, string> = { none: 'No lanes', class_of_service: 'By class of service', value_stream: 'By value stream' };

/**
 * How the board is cut into lanes. Lanes by class of service are the viewer's own choice; lanes by
 * value stream are a setting of the board, shown to everyone once a holder of workflow.configure
 * turns them on.
 */
export function LanePicker({ board, mode, mayConfigure, onChoose }: Props) {
  const queryClient = useQueryClient();
  const streams = hasValueStreamLanes(board);
  const labelId = useId();
  const setting = useMutation({
    mutationFn: async (shown: boolean): Promise<BoardAnswer | null> => {
      if (shown) return answer(api.PUT('/api/v1/boards/{id}/swimlanes/value-streams', { params: { path: { id: board.id } } }));
      await answer(api.DELETE('/api/v1/boards/{id}/swimlanes/value-streams', { params: { path: { id: board.id } } }));
      return null;
    },
    onSuccess: (updated) => {
      if (!updated) {
        void queryClient.invalidateQueries({ queryKey: keys.board(board.id), exact: true });
        onChoose('none');
        return;
      }
      // Only the lanes: the cards in the cache may be ahead of this answer (a move in flight).
      queryClient.setQueryData<Board>(keys.board(board.id), (current) => (current ? { ...current, swimlanes: updated.swimlanes } : current));
      if (!hasValueStreamLanes(updated)) {
        notify('This portfolio has no value streams yet: add them under Strategy in the portfolio, and they appear here as lanes.', 'error');
        return;
      }
      onChoose('value_stream');
    },
    onError: (error) => notify(explain(error), 'error'),
  });
  const label = (option: LaneMode) => {
    if (option !== 'value_stream' || streams) return LABELS[option];
    return `${LABELS[option]} ${mayConfigure ? '(turns them on for everyone)' : '(not set up for this board)'}`;
  };
  const choose = (next: LaneMode) => {
    if (next === 'value_stream' && !streams) setting.mutate(true);
    else onChoose(next);
  };
  return (
    <div className="lane-picker">
      <label className="filter">
        <span id={labelId} className="filter-label">
          Swimlanes
        </span>
        <select aria-labelledby={labelId} value={mode} onChange={(e) => choose(e.target.value as LaneMode)} disabled={setting.isPending}>
          {LANE_MODES.map((option) => (
            <option key={option} value={option} disabled={option === 'value_stream' && !streams && !mayConfigure}>
              {label(option)}
            </option>
          ))}
        </select>
      </label>
      {mayConfigure && streams && mode === 'value_stream' && (
        <button type="button" className="ghost" onClick={() => setting.mutate(false)} disabled={setting.isPending}>
          Turn value-stream lanes off for everyone
        </button>
      )}
    </div>
  );
}
