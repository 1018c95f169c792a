import { useRouter } from '@tanstack/react-router';
import { useMemo, type MouseEvent } from 'react';
import type { DependencyEdge, DependencyNode } from '../api/types';
import { itemLinkFromPage } from '../shell/paths';
import { DEFAULT_SPACING, layoutGraph, type RoutedEdge } from './dependency-layout';
import { NODE_STATUS_WORDS, nodeStatus } from './dependency-status';

const { nodeWidth, nodeHeight } = DEFAULT_SPACING;
/** What fits on a node's second line at the graph's font size. */
const TITLE_CHARS = 24;

const clip = (text: string) => (text.length > TITLE_CHARS ? `${text.slice(0, TITLE_CHARS - 1)}…` : text);

/** Curves between the edge's points, leaving and entering each horizontally; straight through the layers it crosses. */
function curve({ points }: RoutedEdge<DependencyEdge>): string {
  const [start, ...rest] = points;
  let path = `M ${start!.x} ${start!.y}`;
  let from = start!;
  for (const to of rest) {
    const bend = (to.x - from.x) / 2;
    path += to.y === from.y ? ` L ${to.x} ${to.y}` : ` C ${from.x + bend} ${from.y}, ${to.x - bend} ${to.y}, ${to.x} ${to.y}`;
    from = to;
  }
  return path;
}

/** Client-side navigation for the graph's links, as the router's Link does for HTML ones (new tabs and windows left to the browser). */
function follow(event: MouseEvent<Element>, go: () => void) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  go();
}

/**
 * The dependency map drawn in layers: blockers on the left, the items waiting for them to the right.
 * Open dependencies (the blocker is unfinished) are drawn solid and highlighted, resolved ones dashed.
 */
export function DependencyGraph({ nodes, edges }: { nodes: DependencyNode[]; edges: DependencyEdge[] }) {
  const layout = useMemo(() => layoutGraph(nodes, edges), [nodes, edges]);
  const keyOf = useMemo(() => new Map(nodes.map((node) => [node.id, node.key])), [nodes]);
  const router = useRouter();
  return (
    <div className="dep-graph-scroll">
      <svg className="dep-graph" width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} aria-labelledby="dep-graph-title">
        <title id="dep-graph-title">Dependency map: {nodes.length} items, {edges.filter((edge) => edge.open).length} open dependencies</title>
        <defs>
          <marker id="dep-arrow-open" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className="dep-arrow-open" />
          </marker>
          <marker id="dep-arrow-resolved" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className="dep-arrow-resolved" />
          </marker>
        </defs>
        {layout.edges.map((routed) => (
          <path
            key={`${routed.edge.blockerId}-${routed.edge.blockedId}`}
            d={curve(routed)}
            className={routed.edge.open ? 'dep-edge dep-edge-open' : 'dep-edge dep-edge-resolved'}
            markerEnd={`url(#${routed.edge.open ? 'dep-arrow-open' : 'dep-arrow-resolved'})`}
            data-edge={`${keyOf.get(routed.edge.blockerId)}->${keyOf.get(routed.edge.blockedId)}`}
          >
            <title>{`${keyOf.get(routed.edge.blockerId)} blocks ${keyOf.get(routed.edge.blockedId)}${routed.edge.open ? ' (open)' : ' (resolved)'}`}</title>
          </path>
        ))}
        {layout.nodes.map(({ node, x, y }) => {
          const state = nodeStatus(node);
          const to = itemLinkFromPage(node.boardId, node.id);
          const heading = state === 'open' ? node.key : `${node.key} · ${NODE_STATUS_WORDS[state]}`;
          const title = clip(node.title);
          // The name starts with what the node shows, so that speech and sight agree; an open item's status follows.
          const name = `${heading} ${title}${state === 'open' ? `, ${NODE_STATUS_WORDS.open}` : ''}`;
          return (
            <a key={node.id} href={router.buildLocation(to).href} onClick={(event) => follow(event, () => void router.navigate(to))} className={`dep-node dep-node-${state}`} aria-label={name}>
              <title>{`${node.key} ${node.title}`}</title>
              <rect x={x} y={y} width={nodeWidth} height={nodeHeight} rx={6} />
              <text x={x + 8} y={y + 18} className="dep-node-key">
                {`${heading} `}
              </text>
              <text x={x + 8} y={y + 36} className="dep-node-title">
                {title}
              </text>
            </a>
          );
        })}
      </svg>
    </div>
  );
}
