import { articleNumbers, urlsOf } from '../facts.mjs';
import type { Fact, SourceText } from './model.ts';

/**
 * How a report item (an action, a reason, an offence…) is tied to the facts it rests on. Three
 * ways, each named in the report so a reviewer can judge the tie:
 * - a `fact: <id>` comment written next to the item's id in `src/` (rules, content, sources);
 * - a source the item cites whose address is also a source of the fact;
 * - an article number (`222-33-2-2`, `L. 1152-1`, `R621-2`…) found both in the item's
 *   references or words and in the fact's `articles`.
 */

/** A `fact:` comment and the known ids it sits next to. */
export interface FactComment {
  readonly path: string;
  readonly line: number;
  readonly fact: string;
  /** Known ids written in the statement after the comment (or enclosing it); may be empty. */
  readonly ids: readonly string[];
}

export interface FactLink {
  readonly fact: Fact;
  /** Why the fact is tied to the item, in French, one entry per way found. */
  readonly via: readonly string[];
  /** Tied only because the item cites a source at the same address: weaker, shown apart. */
  readonly sameSourceOnly: boolean;
}

const ONE_FACT = String.raw`[a-z0-9-]+(?:\.[a-z0-9-]+)+`;
/** `fact: a.b` or `fact: a.b, c.d` (several facts behind one statement). */
const FACT_IDS = new RegExp(String.raw`fact:\s*(${ONE_FACT}(?:\s*,\s*${ONE_FACT})*)`, 'g');
/** Ids are kebab-case (`call-119`) or, for questions, camelCase (`lastAct`). */
const QUOTED = /['"]([a-zA-Z0-9][a-zA-Z0-9-]*)['"]/g;
const KEY = /^(\s*)['"]?([a-zA-Z0-9][a-zA-Z0-9-]*)['"]?\s*:\s*[{[]/;
/** Condition builders name answer options, not the row's ids: `is('age', …)`, `has('threats')`. */
const CONDITION_CALL = /\b(?:is|has)\([^)]*\)/g;
/** A comment spanning more lines than this speaks of a whole table, not of one row. */
const MAX_BLOCK_LINES = 30;
const MAX_BLOCK_IDS = 12;

const depthChange = (code: string): number =>
  (code.match(/[{[(]/g) ?? []).length - (code.match(/[}\])]/g) ?? []).length;

const codeOf = (line: string): string => {
  const at = line.indexOf('//');
  return (at === -1 ? line : line.slice(0, at)).replace(CONDITION_CALL, '');
};

const isCommentLine = (line: string): boolean => /^\s*(\/\/|\/\*|\*)/.test(line);

function idsIn(code: string, known: ReadonlySet<string>): string[] {
  return [...code.matchAll(QUOTED)]
    .map((m) => m[1] ?? '')
    .filter((id) => known.has(id))
    .concat(
      (() => {
        const key = KEY.exec(code)?.[2];
        return key !== undefined && known.has(key) ? [key] : [];
      })(),
    );
}

/**
 * Finds every `fact: <id>` comment in `files` and the known ids it is about: the ids of the code
 * on the same line, else of the next statement (up to its closing bracket), else the innermost
 * enclosing object key that is a known id. A file named after a known id (`complaint-letter.ts`)
 * ties its remaining comments to that id.
 */
export function factCommentsIn(
  files: readonly SourceText[],
  known: ReadonlySet<string>,
): FactComment[] {
  const found: FactComment[] = [];
  for (const file of files) {
    const lines = file.text.split('\n');
    const stem = /([^/]+)\.[a-z]+$/.exec(file.path)?.[1] ?? '';
    const enclosing: { indent: number; id: string }[] = [];
    lines.forEach((line, index) => {
      const key = KEY.exec(codeOf(line));
      if (key && !isCommentLine(line)) {
        const indent = (key[1] ?? '').length;
        while (enclosing.length > 0 && (enclosing.at(-1)?.indent ?? 0) >= indent) enclosing.pop();
        if (known.has(key[2] ?? '')) enclosing.push({ indent, id: key[2] ?? '' });
      }
      const facts = [...line.matchAll(FACT_IDS)].flatMap((m) => (m[1] ?? '').split(/\s*,\s*/));
      if (facts.length === 0) return;

      let ids = isCommentLine(line) ? [] : idsIn(codeOf(line), known);
      if (ids.length === 0) ids = nextStatementIds(lines, index + 1, known);
      if (ids.length === 0) ids = enclosingBlockIds(lines, index, known);
      if (ids.length === 0 && enclosing.length > 0) ids = [enclosing.at(-1)?.id ?? ''];
      if (ids.length === 0 && known.has(stem)) ids = [stem];
      for (const fact of facts) {
        found.push({ path: file.path, line: index + 1, fact, ids: [...new Set(ids)] });
      }
    });
  }
  return found;
}

/** Ids of the statement starting at `from` (after any further comment lines). */
function nextStatementIds(lines: readonly string[], from: number, known: ReadonlySet<string>) {
  let start = from;
  while (start < lines.length && isCommentLine(lines[start] ?? '')) start += 1;
  // A content entry (`danger: {`, `'call-17': {`): the comment is about that entry, however long.
  const key = KEY.exec(codeOf(lines[start] ?? ''))?.[2];
  if (key !== undefined && known.has(key)) return [key];
  const ids: string[] = [];
  let depth = 0;
  for (let i = start; i < lines.length && i < start + MAX_BLOCK_LINES; i += 1) {
    const code = codeOf(lines[i] ?? '');
    if (code.trim() === '' && i === start) return [];
    ids.push(...idsIn(code, known));
    depth += depthChange(code);
    if (depth <= 0) return ids.length > MAX_BLOCK_IDS ? [] : ids;
  }
  return [];
}

/** Ids of the bracketed block the comment sits in (a rule row), when it is a short one. */
function enclosingBlockIds(lines: readonly string[], at: number, known: ReadonlySet<string>) {
  let depth = 0;
  let start = -1;
  for (let i = at - 1; i >= 0 && i >= at - MAX_BLOCK_LINES; i -= 1) {
    depth += depthChange(codeOf(lines[i] ?? ''));
    if (depth > 0) {
      start = i;
      break;
    }
  }
  if (start === -1) return [];
  const ids: string[] = [];
  depth = 0;
  for (let i = start; i < lines.length && i < start + MAX_BLOCK_LINES; i += 1) {
    const code = codeOf(lines[i] ?? '');
    ids.push(...idsIn(code, known));
    depth += depthChange(code);
    if (depth <= 0) return ids.length > MAX_BLOCK_IDS ? [] : ids;
  }
  return [];
}

/**
 * The article numbers of a text precise enough to tie an item to a fact: those with a hyphen or a
 * code letter (`222-33-2-2`, `L1152-1`, `R621-2`, `2023-782`), read as the fact base reads them
 * (`articleNumbers`, scripts/facts.mjs). A bare « article 40 » names too many codes to tie on.
 */
export const articleKeys = (text: string): string[] =>
  articleNumbers(text).filter((key) => /-|^[LRD]\d/.test(key));

/** An address as compared: scheme, `www.`, case of the host and a trailing `/` ignored. */
export const normalAddress = (url: string): string =>
  url
    .trim()
    .replace(/^https?:\/\/(www\.)?/i, '')
    .replace(/\/+$/, '')
    .replace(/^[^/]+/, (host) => host.toLowerCase());

/** What an item rests on, for linking. */
export interface ItemRefs {
  /** The item's own id and any id it is also known by (a contact's source…). */
  readonly ids: readonly string[];
  /** Source ids it cites, with the address each has in `src/content/sources`. */
  readonly sources: readonly { readonly id: string; readonly url?: string | undefined }[];
  /** Texts whose article numbers tie it to facts: source titles, offence references, words. */
  readonly texts: readonly string[];
}

/**
 * Ties items to facts. Built once per report: each fact's article numbers, addresses and comments
 * are worked out here, so tying a few hundred items to a few hundred facts stays quick.
 */
export function factLinker(
  facts: readonly Fact[],
  comments: readonly FactComment[],
  /** Every source id: a comment ties a fact to a source only when it sits next to sources alone. */
  allSources: ReadonlySet<string> = new Set(),
): (item: ItemRefs) => FactLink[] {
  const prepared = facts.map((fact) => ({
    fact,
    keys: new Set(fact.articles.flatMap(articleKeys)),
    urls: new Set(urlsOf(fact).map(normalAddress)),
    comments: comments
      .filter((c) => c.fact === fact.id)
      .map((c) => ({
        ...c,
        aboutSources: c.ids.length > 0 && c.ids.every((id) => allSources.has(id)),
      })),
  }));
  return (item) => {
    const keys = new Set(item.texts.flatMap(articleKeys));
    const sourceIds = new Set(item.sources.map((s) => s.id));
    return prepared.flatMap(({ fact, keys: factKeys, urls, comments: mine }): FactLink[] => {
      const via: string[] = [];
      for (const c of mine) {
        const own = c.ids.find((id) => item.ids.includes(id));
        const bySource = c.aboutSources ? c.ids.find((id) => sourceIds.has(id)) : undefined;
        if (own !== undefined) via.push(`commentaire « fact: » (${c.path}:${c.line})`);
        else if (bySource !== undefined) {
          via.push(`source ${bySource} (commentaire « fact: », ${c.path}:${c.line})`);
        }
      }
      for (const source of item.sources) {
        const url = source.url;
        if (url !== undefined && urls.has(normalAddress(url))) {
          via.push(`source ${source.id} (même adresse)`);
        }
      }
      for (const key of factKeys) if (keys.has(key)) via.push(`article ${key}`);
      const sameSourceOnly = via.every((v) => v.endsWith('(même adresse)'));
      return via.length === 0 ? [] : [{ fact, via: [...new Set(via)], sameSourceOnly }];
    });
  };
}
