/** Where things live in the app, so that every list links the same way. */
export const boardPath = (boardId: string) => `/boards/${boardId}`;
/** `section` names a part of the card to show first (e.g. `approval`). */
export const itemPath = (boardId: string, itemId: string, section?: string) => `/boards/${boardId}/items/${itemId}${section ? `#${section}` : ''}`;
export const portfolioPath = (portfolioId: string, section?: string) => `/portfolios/${portfolioId}${section ? `#${section}` : ''}`;
