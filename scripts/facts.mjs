#!/usr/bin/env node
// Balise's fact base (docs/facts/*.yaml): load it, validate it, list the facts due for a re-check.
//
//   node scripts/facts.mjs check                 validate; exit 1 and name every problem if invalid
//   node scripts/facts.mjs stale [--today D]     table of facts last checked more than 12 months
//                                                before today (or D, yyyy-mm-dd); always exit 0
//                                                when the base is valid (`npm run facts:stale`)
//
// Reads nothing outside the repository. The content tests import the same functions, so the
// command and the tests agree on what a valid fact and an article number are.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const FACTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'facts');
export const CONFIDENCES = /** @type {const} */ (['haute', 'moyenne', 'basse']);
export const STALE_AFTER_MONTHS = 12;

const KEYS = new Set([
  'id',
  'statement',
  'articles',
  'sources',
  'confidence',
  'checked',
  'note',
  'url',
]);
const SOURCE_KEYS = new Set(['publisher', 'url', 'date']);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/;

/** A real calendar date written yyyy-mm-dd. */
export function isIsoDate(value) {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** An absolute https address. */
export function isHttpsUrl(value) {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol === 'https:' && !/\s/.test(value);
  } catch {
    return false;
  }
}

/** The topic a file holds: `platforms.yaml` holds `platform.*`, `emergency.yaml` `emergency.*`. */
export function topicOf(file) {
  const stem = file.replace(/\.yaml$/, '');
  return stem === 'platforms' ? 'platform' : stem;
}

/**
 * Every problem with the parsed files, as readable lines (empty when the base is valid):
 * unknown keys, ids not `<topic>.<kebab-name>` or repeated, empty statements, confidence outside
 * haute/moyenne/basse, dates not ISO, addresses not https, articles no number can be read from.
 * @param {{ file: string, data: unknown }[]} files
 */
export function validate(files) {
  const problems = [];
  const seen = new Map();
  for (const { file, data } of files) {
    if (!Array.isArray(data)) {
      problems.push(`${file}: expected a list of facts`);
      continue;
    }
    data.forEach((fact, index) => {
      const at = `${file}[${index}]${fact && typeof fact.id === 'string' ? ` ${fact.id}` : ''}`;
      if (typeof fact !== 'object' || fact === null || Array.isArray(fact)) {
        problems.push(`${at}: not a fact`);
        return;
      }
      for (const key of Object.keys(fact))
        if (!KEYS.has(key)) problems.push(`${at}: unknown key "${key}"`);
      if (typeof fact.id !== 'string' || !ID.test(fact.id)) {
        problems.push(`${at}: id must be <topic>.<kebab-name>`);
      } else {
        if (fact.id.split('.')[0] !== topicOf(file))
          problems.push(`${at}: id outside the file's topic "${topicOf(file)}"`);
        if (seen.has(fact.id)) problems.push(`${at}: id already used in ${seen.get(fact.id)}`);
        seen.set(fact.id, file);
      }
      if (typeof fact.statement !== 'string' || fact.statement.trim().length < 10)
        problems.push(`${at}: statement missing`);
      if (!CONFIDENCES.includes(fact.confidence))
        problems.push(`${at}: confidence must be haute, moyenne or basse`);
      if (!isIsoDate(fact.checked)) problems.push(`${at}: checked must be a date yyyy-mm-dd`);
      if (fact.note !== undefined && (typeof fact.note !== 'string' || fact.note.trim() === ''))
        problems.push(`${at}: note must be text`);
      if (fact.url !== undefined && !isHttpsUrl(fact.url))
        problems.push(`${at}: url must be https`);
      if (!Array.isArray(fact.articles)) {
        problems.push(`${at}: articles must be a list (may be empty)`);
      } else {
        for (const article of fact.articles) {
          if (typeof article !== 'string' || articleNumbers(article).length === 0) {
            problems.push(`${at}: no article number can be read from ${JSON.stringify(article)}`);
          }
        }
      }
      if (!Array.isArray(fact.sources)) {
        problems.push(`${at}: sources must be a list (may be empty)`);
      } else {
        fact.sources.forEach((source, i) => {
          const where = `${at} sources[${i}]`;
          if (typeof source !== 'object' || source === null) {
            problems.push(`${where}: not a source`);
            return;
          }
          for (const key of Object.keys(source))
            if (!SOURCE_KEYS.has(key)) problems.push(`${where}: unknown key "${key}"`);
          if (typeof source.publisher !== 'string' || source.publisher.trim() === '')
            problems.push(`${where}: publisher missing`);
          if (source.url !== undefined && !isHttpsUrl(source.url))
            problems.push(`${where}: url must be https`);
          if (source.date !== undefined && !isIsoDate(source.date))
            problems.push(`${where}: date must be yyyy-mm-dd`);
        });
      }
    });
  }
  return problems;
}

/** Parses every `*.yaml` of the folder, in name order. A file that does not parse is a problem. */
export function readFiles(dir = FACTS_DIR) {
  const files = [];
  const problems = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()) {
    try {
      files.push({ file, data: parse(readFileSync(join(dir, file), 'utf8')) });
    } catch (error) {
      problems.push(
        `${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
  }
  return { files, problems };
}

/**
 * The whole base, each fact with the file it comes from. Throws an Error naming every problem
 * when the base is not valid, so no caller works on a half-read base.
 */
export function loadFacts(dir = FACTS_DIR) {
  const { files, problems } = readFiles(dir);
  problems.push(...validate(files));
  if (problems.length > 0) throw new Error(`docs/facts is not valid:\n${problems.join('\n')}`);
  return files.flatMap(({ file, data }) => data.map((fact) => ({ ...fact, file })));
}

/** Every https address a fact gives: its own `url` and those of its sources. */
export function urlsOf(fact) {
  return [
    ...(fact.url === undefined ? [] : [fact.url]),
    ...fact.sources.flatMap((s) => (s.url === undefined ? [] : [s.url])),
  ];
}

/** Facts whose `checked` date is more than `months` months before `today` (yyyy-mm-dd), oldest first. */
export function staleFacts(facts, today, months = STALE_AFTER_MONTHS) {
  if (!isIsoDate(today)) throw new Error(`today must be yyyy-mm-dd, got ${today}`);
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  const cutoff = limit.toISOString().slice(0, 10);
  return facts
    .filter((fact) => fact.checked < cutoff)
    .sort((a, b) => a.checked.localeCompare(b.checked) || a.id.localeCompare(b.id));
}

// --- Article numbers ------------------------------------------------------------------------
// One reading of "an article number" for the fact base and for the content: "222-33-2-2",
// "L. 1152-1", "R621-1", "D8-2-1", "CPP 40", "art. 16", "articles 29, 32 et 33", "51-II",
// "17-1-f", law and decree numbers ("loi 2022-299", "décret 2023-782", "2024-866 DC"). Each is
// reduced to a key without spaces or dots ("L1152-1", "40", "2022-299"), which is what is compared.

const REF = String.raw`(?:[LRD]\.?\s?)?\d+(?:-(?:\d+|[IVX]+|[a-z](?![\p{L}])))*`;
const LIST = String.raw`${REF}(?:\s*(?:,|et|à|ou)\s*${REF})*`;
const CODES = String.raw`CPP|CPC|CASF|LCEN|RGPD|DSA|C\.\s?pén\.|C\.\s?civ\.|C\.\s?éduc\.|C\.\s?trav\.|Code\s(?:pénal|civil|du\stravail|de\sl[’']éducation|de\sprocédure\spénale|de\sprocédure\scivile|de\sl[’']action\ssociale\set\sdes\sfamilles)`;
const PATTERNS = [
  // "article 16", "art. 15-3", "articles R621-1 et R621-2", "articles 29, 32 et 33"
  new RegExp(String.raw`(?<![\p{L}])(?:articles?|art\.)\s+(${LIST})`, 'giu'),
  // "CPP 40", "C. pén. 222-33-2-2", "Code du travail, art. L. 1152-1", "CASF L. 226-4"
  new RegExp(String.raw`(?<![\p{L}])(?:${CODES})\s*,?\s*(?:art\.\s*|articles?\s+)?(${LIST})`, 'gu'),
  // a bare code-style number: "222-33-2-2", "15-3", "L. 111-6", "R625-8-1" (not "15-17 ans")
  new RegExp(
    String.raw`(?<![\p{L}\d./:#=?&-])((?:[LRD]\.?\s?\d+|\d{2,3})(?:-(?:\d+|[IVX]+))+)(?![\p{L}\d/-]|\s?(?:ans|mois|jours|semaines|h)\b)`,
    'gu',
  ),
  // "loi 2022-299", "décret n° 2023-782", "ordonnance 2016-728", "décision 2024-866 DC", "QPC 2021-933"
  new RegExp(
    String.raw`(?<![\p{L}])(?:loi|décret|ordonnance|décision|QPC|circulaire)\s+(?:n°\s*)?(\d{2,4}-\d+)`,
    'giu',
  ),
  new RegExp(String.raw`(?<![\d-])(\d{4}-\d+)\s+(?:DC|QPC)\b`, 'gu'),
  // a standard: "NF Z67-147"
  new RegExp(String.raw`\b(NF\s?Z\s?\d+-\d+)`, 'gu'),
];
const REF_IN_LIST = new RegExp(REF, 'gu');

/** Article numbers written in a text (addresses are skipped), as comparable keys, sorted, unique. */
export function articleNumbers(text) {
  const plain = text.replace(/https?:\/\/\S+/g, ' ').replace(/[\u00a0\u202f]/g, ' ');
  const keys = new Set();
  for (const pattern of PATTERNS) {
    for (const match of plain.matchAll(pattern)) {
      for (const ref of match[1].match(REF_IN_LIST) ?? [match[1]]) {
        keys.add(ref.replace(/[\s.]/g, ''));
      }
    }
  }
  return [...keys].sort();
}

// --- Command line ---------------------------------------------------------------------------

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  return rows
    .map((row) =>
      row
        .map((cell, c) => cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function main(argv) {
  const [command = 'stale', ...rest] = argv;
  const todayAt = rest.indexOf('--today');
  const today = todayAt >= 0 ? rest[todayAt + 1] : new Date().toISOString().slice(0, 10);
  let facts;
  try {
    facts = loadFacts();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  if (command === 'check') {
    console.log(`docs/facts: ${facts.length} facts, valid.`);
    return 0;
  }
  if (command !== 'stale') {
    console.error('usage: node scripts/facts.mjs check | stale [--today yyyy-mm-dd]');
    return 2;
  }
  const stale = staleFacts(facts, today);
  console.log(
    `${stale.length} of ${facts.length} facts last checked more than ${STALE_AFTER_MONTHS} months before ${today}.`,
  );
  if (stale.length > 0) {
    console.log('');
    console.log(
      table([
        ['checked', 'confidence', 'id', 'file'],
        ...stale.map((fact) => [fact.checked, fact.confidence, fact.id, `docs/facts/${fact.file}`]),
      ]),
    );
    console.log(
      '\nRecheck each against its sources (docs/facts/README.md), then update `checked`.',
    );
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
