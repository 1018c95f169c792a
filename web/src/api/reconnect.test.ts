import { describe, expect, it } from 'vitest';
import { ProblemError, type Problem } from './http';
import { RECONNECT_SETTLING_MS, retriesAfterReconnect, retryDelayAfterReconnect } from './reconnect';

const unreachable = new TypeError('Failed to fetch');
const refusal = new ProblemError({ type: 'about:blank', title: 'Service unavailable', status: 503, code: 'overloaded', detail: 'Try again in a moment.' } as Problem);

describe('a write that failed as the connection came back', () => {
  it('is tried again three times when it could not reach the server', () => {
    expect([0, 1, 2, 3].map((failures) => retriesAfterReconnect(failures, unreachable, 100))).toEqual([true, true, true, false]);
    expect([0, 1, 2].map(retryDelayAfterReconnect)).toEqual([500, 1000, 2000]);
  });

  it('is not tried again once the connection has been back a while, when the server may have taken it', () => {
    expect(retriesAfterReconnect(0, unreachable, RECONNECT_SETTLING_MS)).toBe(false);
    expect(retriesAfterReconnect(0, unreachable, Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('is not tried again when the server answered it', () => {
    expect(retriesAfterReconnect(0, refusal, 100)).toBe(false);
  });
});
