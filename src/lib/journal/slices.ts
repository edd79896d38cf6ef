/**
 * Long work on the main thread, cut into short slices: between two slices the browser draws and
 * answers taps. On a slow phone, making the printable chronology of 1,000 acts in one go held
 * the page still for half a second.
 */

/** Longest slice of work, in milliseconds, before the browser gets the main thread back. */
export const SLICE_MS = 8;

/** Texts are kept, encoded and stored in pieces of about this many characters. */
export const PIECE_CHARS = 64 * 1024;

interface Scheduler {
  readonly yield?: () => Promise<void>;
}

/**
 * Resolves in a later task, once the browser has had the main thread: `scheduler.yield()` where
 * there is one (the rest of the work then comes before other pages' tasks), else a timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Makes a text from its parts (each made when asked for), giving the main thread back every
 * `SLICE_MS`; returns it in pieces of about `PIECE_CHARS` (at least one, maybe empty). A part
 * longer than that stays whole.
 */
export async function gather(parts: Iterable<string>): Promise<string[]> {
  const pieces: string[] = [];
  let piece = '';
  let slice = performance.now();
  for (const part of parts) {
    piece += part;
    if (piece.length >= PIECE_CHARS) {
      pieces.push(piece);
      piece = '';
    }
    if (performance.now() - slice >= SLICE_MS) {
      await nextTask();
      slice = performance.now();
    }
  }
  if (piece !== '' || pieces.length === 0) pieces.push(piece);
  return pieces;
}
