import { describe, expect, it } from 'vitest';
import { leanHeapFlags } from './lean-heap';

describe("the server's lean heap settings", () => {
  it('keeps the young generation small and the old one close to what survives, by default', () => {
    expect(leanHeapFlags([], '')).toEqual(['--semi-space-growth-factor=1', '--heap-growing-percent=30']);
  });

  it("leaves a flag the operator gave Node, on the command line or in NODE_OPTIONS, as given", () => {
    expect(leanHeapFlags(['--heap-growing-percent=50'], '')).toEqual(['--semi-space-growth-factor=1']);
    expect(leanHeapFlags([], '--max-old-space-size=512 --heap_growing_percent=80')).toEqual(['--semi-space-growth-factor=1']);
    expect(leanHeapFlags(['--semi-space-growth-factor=2'], '')).toEqual(['--heap-growing-percent=30']);
  });

  it('leaves the young generation alone when the operator sized it', () => {
    expect(leanHeapFlags(['--max-semi-space-size=8'], '')).toEqual(['--heap-growing-percent=30']);
    expect(leanHeapFlags([], '--min-semi-space-size=4')).toEqual(['--heap-growing-percent=30']);
  });
});
