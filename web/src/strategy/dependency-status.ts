import type { DependencyNode } from '../api/types';

export type NodeStatus = 'done' | 'blocked' | 'open';

/** An item on the dependency map is done, blocked (an open block period), or otherwise not done yet. */
export function nodeStatus(node: Pick<DependencyNode, 'finished' | 'blocked'>): NodeStatus {
  if (node.finished) return 'done';
  return node.blocked ? 'blocked' : 'open';
}

export const NODE_STATUS_WORDS: Record<NodeStatus, string> = { done: 'done', blocked: 'blocked', open: 'not done' };
