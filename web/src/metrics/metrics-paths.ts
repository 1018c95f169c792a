/** Where the metrics views live (routes in App.tsx). */
export const boardMetricsPath = (boardId: string) => `/boards/${boardId}/metrics`;
export const portfolioMetricsPath = (portfolioId: string) => `/portfolios/${portfolioId}/metrics`;
