import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Words are read when a screen renders, never when a module loads: at load time the area may not be
 * fetched yet (the screen's code and its words load side by side), and a value taken then would stay
 * in the first language after a switch.
 */
const root = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function moduleLevelReads(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  if (!text.includes('i18n/words.ts')) return [];
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node, inFunction: boolean): void => {
    const inside = inFunction || ts.isFunctionLike(node);
    if (ts.isTypeNode(node)) return;
    if (
      !inside &&
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'words'
    ) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${relative(root, path)}:${String(line + 1)} ${node.getText()}`);
    }
    ts.forEachChild(node, (child) => {
      visit(child, inside);
    });
  };
  visit(file, false);
  return found;
}

describe('words', () => {
  it('are read inside functions only, never when a module loads', () => {
    const found = sources(join(root, 'src')).flatMap(moduleLevelReads);
    expect(found).toEqual([]);
  });
});
