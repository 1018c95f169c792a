import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notify } from '../shell/notices';
import { strategyKeys } from './queries';

/**
 * A write to a theme or value stream. Themes and value streams name the groups of the allocation
 * and the roadmap, so those views refresh with them.
 */
export function useStrategyWrite<Input, Result>(portfolioId: string, write: (input: Input) => Promise<Result>, success: (input: Input) => string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (_result, input) => notify(success(input)),
    onSettled: () =>
      Promise.all(
        [strategyKeys.themes(portfolioId), strategyKeys.valueStreams(portfolioId), strategyKeys.allocation(portfolioId), strategyKeys.roadmaps(portfolioId)].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
