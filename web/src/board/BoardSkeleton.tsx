/** The board's frame while it loads, with the same dimensions, so nothing jumps when the cards arrive. */
export function BoardSkeleton() {
  return (
    <div className="board-page" aria-busy="true">
      <div className="board-toolbar">
        <div className="board-title">
          <span className="skeleton skeleton-title" />
        </div>
      </div>
      <div className="board-filters" />
      <div className="board-columns" role="status" aria-label="Loading the board">
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} className="column column-skeleton">
            <span className="skeleton skeleton-line" />
            <span className="skeleton skeleton-card" />
            <span className="skeleton skeleton-card" />
          </div>
        ))}
      </div>
    </div>
  );
}
