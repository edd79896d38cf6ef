import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { readFiles, validate } from '../facts.mjs';
import type { Fact, ReportInput, ScenarioCase, SourceText } from './model.ts';

/**
 * Reads, inside the repository only, what the report needs besides the code: the fact base
 * (`docs/facts/*.yaml`, through scripts/facts.mjs), the scenarios (`tests/engine/scenarios/*.yaml`) and the source files
 * whose `fact:` comments tie facts to rules. A file that cannot be read is named in `problems`
 * instead of stopping the report: the fact base is written while rules change.
 */

/** Folders whose `.ts` files may cite facts next to rule, content and source ids. */
const CITING = ['src/engine', 'src/content', 'src/features/documents/build'];

const yamlFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
        .sort()
    : [];

function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return tsFiles(path);
      return entry.name.endsWith('.ts') ? [path] : [];
    });
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'number'
        ? String(value)
        : undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fact base as `scripts/facts.mjs` reads it. An invalid base still gives its readable entries
 * (so a half-written file does not hide the rest) and every problem the validator names.
 */
export function readFacts(root: string, problems: string[]): Fact[] {
  const dir = join(root, 'docs/facts');
  if (!existsSync(dir)) {
    problems.push('docs/facts est absent : aucun fait ne peut être lié.');
    return [];
  }
  const read = readFiles(dir);
  problems.push(...[...read.problems, ...validate(read.files)].map((p) => `docs/facts/${p}`));
  return read.files.flatMap(({ file, data }) =>
    (Array.isArray(data) ? data : [])
      .filter(
        (raw): raw is Record<string, unknown> => isRecord(raw) && typeof raw['id'] === 'string',
      )
      .map((raw) => ({
        ...(raw as unknown as Fact),
        statement: text(raw['statement']) ?? '',
        articles: (Array.isArray(raw['articles']) ? raw['articles'] : []).flatMap(
          (a: unknown) => text(a) ?? [],
        ),
        sources: (Array.isArray(raw['sources']) ? raw['sources'] : []).filter(
          isRecord,
        ) as unknown as Fact['sources'],
        checked: text(raw['checked']) ?? '',
        file: `docs/facts/${file}`,
      })),
  );
}

export function readScenarios(root: string, problems: string[]): ScenarioCase[] {
  const dir = join(root, 'tests/engine/scenarios');
  return yamlFiles(dir).flatMap((file) => {
    try {
      const data: unknown = parse(readFileSync(join(dir, file), 'utf8'));
      return (Array.isArray(data) ? data : []).filter(isRecord).map((s) => ({
        file,
        name: text(s['name']) ?? '(sans nom)',
        answers: s['answers'],
        expect: isRecord(s['expect']) ? s['expect'] : {},
      }));
    } catch (error) {
      problems.push(`tests/engine/scenarios/${file} illisible : ${String(error)}`);
      return [];
    }
  });
}

export function readSourceTexts(root: string): SourceText[] {
  return CITING.flatMap((dir) => tsFiles(join(root, dir))).map((path) => ({
    path: relative(root, path).split('\\').join('/'),
    text: readFileSync(path, 'utf8'),
  }));
}

/** Everything but the code, read from the repository at `root`. */
export function collect(root: string, commit: string, generatedOn: string): ReportInput {
  const problems: string[] = [];
  const facts = readFacts(root, problems);
  const scenarios = readScenarios(root, problems);
  return { commit, generatedOn, facts, scenarios, sourceTexts: readSourceTexts(root), problems };
}
