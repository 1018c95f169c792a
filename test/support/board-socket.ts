import WebSocket from 'ws';
import type { TestServer } from './server';

export type BoardSocket = {
  messages: any[];
  next(count: number): Promise<any[]>;
  /** Settles when the server (or the test) closes the socket, with the close code and reason. */
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
};

export type BoardSocketOptions = { token?: string; cookie?: string; origin?: string; since?: number };

/** Opens a board's event socket with a token or a session cookie and collects every message. */
export function watchBoard(server: TestServer, boardId: string, options: BoardSocketOptions): Promise<BoardSocket> {
  const url = `${server.baseUrl.replace('http', 'ws')}/api/v1/boards/${boardId}/events${options.since === undefined ? '' : `?since=${options.since}`}`;
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin) headers.origin = options.origin;
  const socket = new WebSocket(url, { headers });
  const messages: any[] = [];
  let waiter: (() => void) | null = null;
  socket.on('message', (data, isBinary) => {
    // A browser hands a binary frame to the page as a Blob, which the web app does not read.
    if (isBinary) throw new Error(`a board change came as a binary frame: ${String(data)}`);
    messages.push(JSON.parse(String(data)));
    waiter?.();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
  const next = (count: number) =>
    new Promise<any[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`expected ${count} messages, got ${messages.length}: ${JSON.stringify(messages)}`)), 5000);
      waiter = () => {
        if (messages.length >= count) {
          clearTimeout(timer);
          resolve(messages.slice(0, count));
        }
      };
      waiter();
    });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ messages, next, closed, close: () => socket.close() }));
    socket.once('unexpected-response', (_request, response) => reject(new Error(`upgrade refused: ${response.statusCode}`)));
    socket.once('error', reject);
  });
}
