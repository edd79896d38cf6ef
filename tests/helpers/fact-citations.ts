/**
 * How source files tie words to the fact base: a comment `fact: <id>` (several ids separated by
 * commas) names the facts the next entry states. A comment on its own line covers the next line of
 * code and every deeper-indented line after it (an object property with its `default` / `young`
 * variants, or a list item); a comment at the end of a line covers that line and its deeper lines.
 *
 *     // fact: evidence.constat-price-unknown
 *     price: {
 *       default: 'Un constat est payant : demandez un devis.',
 *       young: 'Un constat est payant : demande un devis.',
 *     },
 */
export interface Citation {
  readonly file: string;
  /** 1-based line of the comment. */
  readonly line: number;
  readonly ids: readonly string[];
  /** Sentences (string literals with a space) in the lines the comment covers. */
  readonly strings: readonly string[];
}

const FACT_ID = String.raw`[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+`;
const CITATION = new RegExp(String.raw`\bfact:\s*(${FACT_ID}(?:\s*,\s*${FACT_ID})*)`, 'g');
const STRING = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isCommentLine = (line: string): boolean => /^\s*(\/\/|\/\*|\*)/.test(line);
const isBlank = (line: string): boolean => line.trim() === '';

/** The fact ids a comment cites: `fact: a.b, c.d` (several `fact:` in one comment count too). */
export function factIdsIn(comment: string): string[] {
  return [...comment.matchAll(CITATION)].flatMap((match) =>
    (match[1] ?? '').split(',').map((id) => id.trim()),
  );
}

/** Every `fact:` comment of a source file, with the sentences it covers. */
export function citationsIn(source: string, file: string): Citation[] {
  const lines = source.split('\n');
  const citations: Citation[] = [];
  lines.forEach((text, index) => {
    const commentAt = isCommentLine(text) ? 0 : text.indexOf('//');
    if (commentAt < 0) return;
    const ids = factIdsIn(text.slice(commentAt));
    if (ids.length === 0) return;
    let start = index;
    if (isCommentLine(text)) {
      start = index + 1;
      while (
        start < lines.length &&
        (isCommentLine(lines[start] ?? '') || isBlank(lines[start] ?? ''))
      )
        start++;
    }
    const head = lines[start];
    const covered: string[] = [];
    if (head !== undefined) {
      covered.push(start === index ? head.slice(0, commentAt) : head);
      const indent = indentOf(head);
      for (let next = start + 1; next < lines.length; next++) {
        const line = lines[next] ?? '';
        if (!isBlank(line) && indentOf(line) <= indent) break;
        covered.push(line);
      }
    }
    const strings = covered
      .filter((line) => !isCommentLine(line))
      .flatMap((line) => [...line.replace(/\/\/.*$/, '').matchAll(STRING)])
      .map((match) => match[1] ?? match[2] ?? match[3] ?? '')
      .filter((value) => /\s/.test(value.trim()));
    citations.push({ file, line: index + 1, ids, strings });
  });
  return citations;
}

/**
 * Words that say a statement is not certain. A sentence tied to a fact of confidence « basse »
 * must use one of them.
 */
export const HEDGE =
  /(?<!\p{L})(peut|peuvent|pourrait|pourraient|possibles?|en général|généralement|souvent|parfois|à ce jour|pas toujours|sans doute|probablement|en principe|selon|incertaine?|pas certaine?|(?:pas|non)(?: été)? vérifiée?s?|à vérifier|renseigne[sz]?|vérifie[sz]?|mieux vaut|vaut mieux|conseillée?|prudente?|prudence)(?!\p{L})/iu;
