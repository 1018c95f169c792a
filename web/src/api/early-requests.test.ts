import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dropEarlyAnswers, hasEarlyBoardSocket, takeEarlyAnswer, takeEarlyBoardSocket, type Answer, type EarlyBoardSocket } from './early-requests';

const OPEN = 1;
const CONNECTING = 0;

function earlySocket(boardId: string, readyState: number): EarlyBoardSocket {
  return { boardId, socket: { readyState, close: vi.fn() } as unknown as WebSocket, messages: [] };
}

describe('the answers and the socket that index.html asked for early', () => {
  beforeEach(() => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('WebSocket', { OPEN, CONNECTING });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('hands each early answer out once, by its path', async () => {
    const me: Answer = { status: 200, statusText: 'OK', text: '{"id":"u1"}' };
    window.pkEarlyAnswers = { '/auth/me': Promise.resolve(me) };
    expect(takeEarlyAnswer('/setup')).toBeUndefined();
    await expect(takeEarlyAnswer('/auth/me')).resolves.toEqual(me);
    expect(takeEarlyAnswer('/auth/me')).toBeUndefined();
  });

  it('drops the early answers, and closes the early socket, at the first write', () => {
    const early = earlySocket('b1', OPEN);
    window.pkEarlyAnswers = { '/auth/me': Promise.resolve({ status: 401, statusText: 'Unauthorized', text: '' }) };
    window.pkEarlyBoardSocket = early;
    dropEarlyAnswers();
    expect(takeEarlyAnswer('/auth/me')).toBeUndefined();
    expect(early.socket.close).toHaveBeenCalled();
    expect(takeEarlyBoardSocket('b1')).toBeUndefined();
  });

  it("hands the open socket over to its board's first view, once", () => {
    const early = earlySocket('b1', OPEN);
    window.pkEarlyBoardSocket = early;
    expect(hasEarlyBoardSocket('b2')).toBe(false);
    expect(hasEarlyBoardSocket('b1')).toBe(true);
    expect(takeEarlyBoardSocket('b1')).toBe(early);
    expect(early.socket.close).not.toHaveBeenCalled();
    expect(takeEarlyBoardSocket('b1')).toBeUndefined();
  });

  it('closes a socket that is not open yet, or that watches another board, instead of handing it over', () => {
    const connecting = earlySocket('b1', CONNECTING);
    window.pkEarlyBoardSocket = connecting;
    expect(hasEarlyBoardSocket('b1')).toBe(false);
    expect(takeEarlyBoardSocket('b1')).toBeUndefined();
    expect(connecting.socket.close).toHaveBeenCalled();

    const other = earlySocket('b1', OPEN);
    window.pkEarlyBoardSocket = other;
    expect(takeEarlyBoardSocket('b2')).toBeUndefined();
    expect(other.socket.close).toHaveBeenCalled();
  });
});
