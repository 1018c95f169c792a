import { useQuery } from '@tanstack/react-query';
import { API, http, ProblemError } from '../api/http';
import { keys } from '../api/queries';
import type { Review, ReviewAction, ReviewCadence, ReviewSummary } from '../api/types';

export const useReviews = (portfolioId: string) => useQuery({ queryKey: keys.reviews(portfolioId), queryFn: () => http.get<ReviewSummary[]>(`/portfolios/${portfolioId}/reviews`) });

export function useReview(reviewId: string) {
  return useQuery({ queryKey: keys.review(reviewId), queryFn: () => http.get<Review>(`/reviews/${reviewId}`) });
}

/** How often the portfolio reviews, and when next. */
export function useReviewCadence(portfolioId: string) {
  return useQuery({ queryKey: keys.reviewCadence(portfolioId), queryFn: () => http.get<ReviewCadence>(`/portfolios/${portfolioId}/review-cadence`) });
}

/** The minutes as the server writes them: Markdown, not JSON. */
export function useMinutes(reviewId: string) {
  return useQuery({ queryKey: keys.minutes(reviewId), queryFn: () => fetchMinutes(reviewId) });
}

export const minutesPath = (reviewId: string) => `/reviews/${reviewId}/minutes`;

async function fetchMinutes(reviewId: string): Promise<string> {
  const response = await fetch(API + minutesPath(reviewId), { credentials: 'same-origin', headers: { accept: 'text/markdown' } });
  const text = await response.text();
  if (!response.ok) {
    const problem = text.startsWith('{') ? JSON.parse(text) : { type: 'about:blank', title: response.statusText, status: response.status, detail: `The server answered ${response.status}.`, code: 'internal_error' };
    throw new ProblemError(problem);
  }
  return text;
}

export const useItemActions = (itemId: string) => useQuery({ queryKey: keys.itemActions(itemId), queryFn: () => http.get<ReviewAction[]>(`/items/${itemId}/actions`) });
