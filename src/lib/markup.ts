/**
 * The two pieces of markup content may use: `[[glossary-id|words shown]]`, a term that links to
 * its definition, and `[[lang:fr|words]]`, words in another language than the page's (a French
 * term kept in an English text), so that screen readers switch voice. Anything else is plain
 * text (never HTML).
 */

export type TextPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'term'; readonly id: string; readonly text: string }
  | { readonly kind: 'lang'; readonly lang: string; readonly text: string };

const TERM = /\[\[(lang:[a-z]{2}|[a-z0-9-]+)\|([^\]]+)\]\]/g;

/** Splits text into plain parts, terms and other-language words. */
export function textParts(text: string): readonly TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(TERM)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    const id = match[1] ?? '';
    const shown = match[2] ?? '';
    parts.push(
      id.startsWith('lang:')
        ? { kind: 'lang', lang: id.slice(5), text: shown }
        : { kind: 'term', id, text: shown },
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** The same text without markup (for titles, labels, documents). */
export function plainText(text: string): string {
  return textParts(text)
    .map((part) => part.text)
    .join('');
}

/** The glossary ids a text links to. */
export function termsOf(text: string): readonly string[] {
  return textParts(text).flatMap((part) => (part.kind === 'term' ? [part.id] : []));
}
