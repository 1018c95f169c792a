import { runLoad, type ApartLoad } from './load';
import { nextMove } from './moves';

/**
 * One load generator in a process of its own (started by runLoadsApart in load.ts), so that loads run side by
 * side do not share one event loop: the 400 KB answers of a hundred readers then cannot delay the writers'
 * requests in the load generator, and what the writers measure is the server. Answers `ready` once loaded, runs the
 * load it is sent with `go` (by IPC: a move cycle is too large for the environment), and answers its result with
 * the move cycle where it left it.
 */
process.on('message', (message: { type: string; load: ApartLoad }) => {
  if (message.type !== 'go') return;
  const { cycle, ...rest } = message.load;
  void runLoad({ ...rest, ...(cycle ? { next: () => nextMove(cycle) } : {}) }).then((result) => process.send!({ type: 'result', result, cycle }, () => process.exit(0)));
});
process.send!({ type: 'ready' });
