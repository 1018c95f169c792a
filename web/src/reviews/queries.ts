import { useQuery } from '@tanstack/react-query';
import { answer, api } from '../api/http';
import { keys } from '../api/queries';

export const useReviews = (portfolioId: string) => useQuery({ queryKey: keys.reviews(portfolioId), queryFn: () => answer(api.GET('/api/v1/portfolios/{id}/reviews', { params: { path: { id: portfolioId } } })) });

export function useReview(reviewId: string) {
  return useQuery({ queryKey: keys.review(reviewId), queryFn: () => answer(api.GET('/api/v1/reviews/{id}', { params: { path: { id: reviewId } } })) });
}

/** How often the portfolio reviews, and when next. */
export function useReviewCadence(portfolioId: string) {
  return useQuery({ queryKey: keys.reviewCadence(portfolioId), queryFn: () => answer(api.GET('/api/v1/portfolios/{id}/review-cadence', { params: { path: { id: portfolioId } } })) });
}

/** The minutes as the server writes them: Markdown, not JSON. */
export function useMinutes(reviewId: string) {
  return useQuery({ queryKey: keys.minutes(reviewId), queryFn: () => fetchMinutes(reviewId) });
}

export const minutesPath = (reviewId: string) => `/reviews/${reviewId}/minutes`;

function fetchMinutes(reviewId: string): Promise<string> {
  return answer(api.GET('/api/v1/reviews/{id}/minutes', { params: { path: { id: reviewId } }, headers: { accept: 'text/markdown' }, parseAs: 'text' }));
}

export const useItemActions = (itemId: string) => useQuery({ queryKey: keys.itemActions(itemId), queryFn: () => answer(api.GET('/api/v1/items/{id}/actions', { params: { path: { id: itemId } } })) });
