import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { explain } from '../api/http';
import { usePortfolio } from '../api/queries';
import type { DependencyNode } from '../api/types';
import { Loading } from '../shell/Loading';
import { itemLinkFromPage, portfolioLink } from '../shell/paths';
import { DependencyGraph } from './DependencyGraph';
import { NODE_STATUS_WORDS, nodeStatus } from './dependency-status';
import { useDependencyGraph, type DependencyGraph as Graph } from './queries';
import './strategy.css';

type Neighbour = { node: DependencyNode; open: boolean };
type Row = { node: DependencyNode; waitsFor: Neighbour[]; blocks: Neighbour[] };

/** Each item with what it waits for and what waits for it: the map's text alternative. */
function rowsOf(graph: Graph): Row[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  return graph.nodes.map((node) => ({
    node,
    waitsFor: graph.edges.filter((edge) => edge.blockedId === node.id).map((edge) => ({ node: byId.get(edge.blockerId)!, open: edge.open })),
    blocks: graph.edges.filter((edge) => edge.blockerId === node.id).map((edge) => ({ node: byId.get(edge.blockedId)!, open: edge.open })),
  }));
}

/** The portfolio's dependency map (PRODUCT.md §4: `blocks` / `blocked by`), across all its boards. */
export default function DependencyMapPage({ portfolioId }: { portfolioId: string }) {
  const portfolio = usePortfolio(portfolioId);
  const graph = useDependencyGraph(portfolioId);
  const rows = useMemo(() => (graph.data ? rowsOf(graph.data) : []), [graph.data]);
  const boardName = useMemo(() => new Map((portfolio.data?.boards ?? []).map((board) => [board.id, board.name])), [portfolio.data]);
  if (graph.isPending) return <Loading label="Drawing the dependency map…" />;
  if (graph.isError) return <p className="page form-error" role="alert">{explain(graph.error)}</p>;
  const { nodes, edges } = graph.data;
  const open = edges.filter((edge) => edge.open).length;

  return (
    <div className="page dependency-page">
      <div className="page-header">
        <h1>Dependencies{portfolio.data ? ` of ${portfolio.data.name}` : ''}</h1>
        <Link {...portfolioLink(portfolioId)}>Back to the portfolio</Link>
      </div>
      {nodes.length === 0 ? (
        <p className="hint">No item depends on another yet. Set &ldquo;Depends on&rdquo; on a card to see it here.</p>
      ) : (
        <>
          <p>
            {nodes.length} items, {edges.length} {edges.length === 1 ? 'dependency' : 'dependencies'}, <strong>{open} open</strong> (the blocker is not done yet).
          </p>
          <ul className="dep-legend" aria-label="Legend">
            <li>
              <span className="dep-legend-line dep-legend-open" aria-hidden="true" /> Open: solid line, the item on the right waits
            </li>
            <li>
              <span className="dep-legend-line dep-legend-resolved" aria-hidden="true" /> Resolved: dashed line, the blocker is done
            </li>
          </ul>
          <DependencyGraph nodes={nodes} edges={edges} />
          <h2>Every dependency</h2>
          <div className="table-scroll">
            <table className="dep-table">
              <caption className="sr-only">Items with what they wait for and what waits for them</caption>
              <thead>
                <tr>
                  <th scope="col">Item</th>
                  <th scope="col">Board</th>
                  <th scope="col">Status</th>
                  <th scope="col">Waits for</th>
                  <th scope="col">Blocks</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ node, waitsFor, blocks }) => (
                  <tr key={node.id}>
                    <th scope="row">
                      <Link {...itemLinkFromPage(node.boardId, node.id)}>{node.key}</Link> {node.title}
                    </th>
                    <td>{boardName.get(node.boardId) ?? ''}</td>
                    <td>{NODE_STATUS_WORDS[nodeStatus(node)]}</td>
                    <td>
                      <Neighbours list={waitsFor} />
                    </td>
                    <td>
                      <Neighbours list={blocks} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

function Neighbours({ list }: { list: Neighbour[] }) {
  if (list.length === 0) return <span className="hint">—</span>;
  return (
    <ul className="dep-links">
      {list.map(({ node, open }) => (
        <li key={node.id}>
          <Link {...itemLinkFromPage(node.boardId, node.id)}>{node.key}</Link> <span className={open ? 'badge badge-waiting' : 'badge'}>{open ? 'open' : 'resolved'}</span>
        </li>
      ))}
    </ul>
  );
}
