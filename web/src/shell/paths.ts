/** Where things live in the app, so that every list links the same way. */
export const boardPath = (boardId: string) => `/boards/${boardId}`;
export const itemPath = (boardId: string, itemId: string) => `/boards/${boardId}/items/${itemId}`;
export const portfolioPath = (portfolioId: string, section?: string) => `/portfolios/${portfolioId}${section ? `#${section}` : ''}`;
