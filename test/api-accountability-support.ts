import { expect } from 'vitest';
import type { Client, Response } from './support/client';

/** The body of a response that must have the given status; a failure shows the body. */
export function ok<T = any>(response: Response<T>, status = 200): T {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

/** The reasons a responsibility answer gives for one person (empty when the person is not named). */
export function reasonsOf(people: { userId: string; reasons: string[] }[], userId: string): string[] {
  return people.find((p) => p.userId === userId)?.reasons ?? [];
}

/** The signed-in user's id. */
export async function idOf(client: Client): Promise<string> {
  return ok(await client.get('/auth/me')).id;
}

/** The signed-in user's notifications, newest first. */
export async function notificationsOf(client: Client, query = ''): Promise<any[]> {
  return ok(await client.get(`/notifications${query ? `?${query}` : ''}`));
}

export const DAY = 24 * 3600 * 1000;
