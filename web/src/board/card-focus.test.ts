import { describe, expect, it } from 'vitest';
import { cardAfterLeaving } from './card-focus';

const columns = [{ id: 'a' }, { id: 'b' }] as never;
const card = (id: string, columnId: string, rank: string) => ({ id, columnId, rank });

describe('cardAfterLeaving', () => {
  const items = [card('3', 'a', 'c'), card('1', 'a', 'a'), card('2', 'a', 'b'), card('4', 'b', 'a')] as never;

  it('is the next card of its column in the board order, else the one before, else none', () => {
    expect(cardAfterLeaving({ columns, items }, '1')).toBe('2');
    expect(cardAfterLeaving({ columns, items }, '2')).toBe('3');
    expect(cardAfterLeaving({ columns, items }, '3')).toBe('2');
    expect(cardAfterLeaving({ columns, items }, '4')).toBeNull();
    expect(cardAfterLeaving({ columns, items }, 'gone')).toBeNull();
  });
});
