import { afterEach, describe, expect, it, vi } from 'vitest';
import { PIECE_CHARS, SLICE_MS, gather, nextTask } from '../../../src/lib/journal/slices.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A clock that moves `step` milliseconds each time it is read. */
function slowClock(step: number) {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += step));
}

describe('work cut into slices', () => {
  it('gives the page back while a long text is made, and loses no part of it', async () => {
    slowClock(SLICE_MS / 2);
    const parts = Array.from({ length: 40 }, (_, index) => `ligne ${index}\n`);
    let othersRan = 0;
    const other = setInterval(() => (othersRan += 1), 0);
    const pieces = await gather(parts);
    clearInterval(other);
    expect(pieces.join('')).toBe(parts.join(''));
    expect(othersRan).toBeGreaterThan(5);
  });

  it('holds a long text in pieces of bounded size, an empty one as one empty piece', async () => {
    const line = `${'x'.repeat(999)}\n`;
    const pieces = await gather(Array.from({ length: 300 }, () => line));
    expect(pieces.join('')).toBe(line.repeat(300));
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThan(PIECE_CHARS + line.length);
    expect(await gather([])).toEqual(['']);
  });

  it("uses the browser's scheduler.yield where there is one", async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    await nextTask();
    expect(yielded).toHaveBeenCalledOnce();
  });
});
