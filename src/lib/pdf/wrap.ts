/**
 * Greedy line breaking on measured widths. Text is prepared (see prepareText): ` ` is the only
 * place a line may break, `\n` forces a break, and a word longer than the line (a URL, a SHA-256
 * digest, a long handle) is cut between any two characters.
 */
import type { FontSet, Style } from './font-set.ts';

/** Text in one style. */
export interface Piece {
  readonly text: string;
  readonly style: Style;
}

/** A line ready to draw: its pieces (consecutive pieces differ in style) and its width. */
export interface Line {
  readonly pieces: readonly Piece[];
  readonly width: number;
}

const MARK = /\p{M}/u;

/** Characters, each with the combining marks that follow it (never split apart). */
function clusters(text: string): string[] {
  const out: string[] = [];
  for (const char of text) {
    const last = out.pop();
    // Printable ASCII is never a mark: skip the regular expression for it.
    if (last === undefined) out.push(char);
    else if (char > '\u007f' && MARK.test(char)) out.push(last + char);
    else out.push(last, char);
  }
  return out;
}

/**
 * Breaks styled text into lines no wider than `maxWidth` (except a single character wider than
 * the line). Runs of spaces collapse into one; spaces at the start and end of lines are dropped;
 * an empty text gives no line, `\n\n` gives an empty line between.
 */
export function wrap(
  pieces: readonly Piece[],
  maxWidth: number,
  size: number,
  fonts: FontSet,
): Line[] {
  const lines: Line[] = [];
  let current: Piece[] = [];
  let width = 0;
  /** Style of the space owed before the next word on this line, if any. */
  let space: Style | undefined;
  let word: Piece[] = [];

  const append = (text: string, style: Style) => {
    const last = current[current.length - 1];
    if (last?.style === style) current[current.length - 1] = { text: last.text + text, style };
    else current.push({ text, style });
  };
  const flush = () => {
    lines.push({ pieces: current, width });
    current = [];
    width = 0;
    space = undefined;
  };
  const breakWord = (fragments: readonly Piece[]) => {
    for (const fragment of fragments) {
      for (const cluster of clusters(fragment.text)) {
        const clusterWidth = fonts.width(cluster, fragment.style, size);
        if (current.length > 0 && width + clusterWidth > maxWidth) flush();
        append(cluster, fragment.style);
        width += clusterWidth;
      }
    }
  };
  const place = (fragments: readonly Piece[]) => {
    let wordWidth = 0;
    for (const fragment of fragments) wordWidth += fonts.width(fragment.text, fragment.style, size);
    if (current.length > 0) {
      const spaceWidth = space ? fonts.width(' ', space, size) : 0;
      if (width + spaceWidth + wordWidth <= maxWidth) {
        if (space) append(' ', space);
        for (const fragment of fragments) append(fragment.text, fragment.style);
        width += spaceWidth + wordWidth;
        space = undefined;
        return;
      }
      flush();
    }
    if (wordWidth <= maxWidth) {
      for (const fragment of fragments) append(fragment.text, fragment.style);
      width = wordWidth;
    } else {
      breakWord(fragments);
    }
    space = undefined;
  };
  const endWord = () => {
    if (word.length > 0) place(word);
    word = [];
  };

  for (const piece of pieces) {
    // Split on spaces and line breaks, keeping them.
    for (const token of piece.text.split(/([ \n])/)) {
      if (token === '') continue;
      if (token === '\n') {
        endWord();
        flush();
      } else if (token === ' ') {
        endWord();
        if (current.length > 0) space ??= piece.style;
      } else {
        word.push({ text: token, style: piece.style });
      }
    }
  }
  endWord();
  if (current.length > 0) flush();
  return lines;
}

/**
 * At most `maxLines` lines; if text was cut, the last line ends with "…" (shortened to fit).
 */
export function clampLines(
  lines: readonly Line[],
  maxLines: number,
  maxWidth: number,
  size: number,
  fonts: FontSet,
): Line[] {
  if (lines.length <= maxLines) return [...lines];
  const kept = lines.slice(0, maxLines);
  const last = kept[kept.length - 1];
  if (!last) return [];
  const style = last.pieces[last.pieces.length - 1]?.style ?? 'regular';
  let text = last.pieces.map((piece) => piece.text).join('');
  const ellipsis = fonts.has(0x2026, style) ? '…' : '...';
  const fits = (value: string) => fonts.width(value + ellipsis, style, size) <= maxWidth;
  const shown = clusters(text);
  while (shown.length > 0 && !fits(shown.join(''))) shown.pop();
  text = shown.join('').trimEnd() + ellipsis;
  kept[kept.length - 1] = {
    pieces: [{ text, style }],
    width: fonts.width(text, style, size),
  };
  return kept;
}
