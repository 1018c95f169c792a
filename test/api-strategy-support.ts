import WebSocket from 'ws';
import type { Client } from './support/client';
import type { TestServer } from './support/server';

/** The first change on a board that matches `wanted`, replayed from the start of the board's log over its WebSocket. */
export async function firstBoardEvent(server: TestServer, client: Client, boardId: string, wanted: (event: any) => boolean): Promise<any> {
  const token = (await client.post('/tokens', { name: 'board events' })).body.token;
  const socket = new WebSocket(`${server.baseUrl.replace('http', 'ws')}/api/v1/boards/${boardId}/events?since=0`, { headers: { authorization: `Bearer ${token}` } });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error('no matching board event'));
    }, 5000);
    socket.on('message', (data) => {
      const event = JSON.parse(String(data));
      if (!wanted(event)) return;
      clearTimeout(timer);
      socket.close();
      resolve(event);
    });
    socket.once('error', reject);
  });
}
