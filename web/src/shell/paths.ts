/** Where things live in the app, so that every list links the same way. */
export const boardPath = (boardId: string) => `/boards/${boardId}`;
export const itemPath = (boardId: string, itemId: string) => `/boards/${boardId}/items/${itemId}`;
export const portfolioPath = (portfolioId: string, section?: string) => `/portfolios/${portfolioId}${section ? `#${section}` : ''}`;
export const responsibilityPath = (boardId: string) => `/boards/${boardId}/responsibility`;
/** The portfolio page's column settings, with that board chosen and that column open. */
export const columnSettingsPath = (portfolioId: string, boardId: string, columnId: string) =>
  `/portfolios/${portfolioId}?${new URLSearchParams({ board: boardId, column: columnId })}#columns`;
