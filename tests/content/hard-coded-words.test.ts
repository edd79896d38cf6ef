import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
/** Where screens live: every word they show must come from src/content. */
const SCREEN_FOLDERS = ['src/features', 'src/ui', 'src/app', 'src/common'];
/** Attributes a person reads or hears. */
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'alt', 'placeholder']);

function tsxFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

/** Whether a string literal inside JSX ends up on screen (not an id compared or a condition). */
function isShown(node: ts.Node): boolean {
  let child = node;
  let parent = node.parent;
  while (
    ts.isConditionalExpression(parent) ||
    ts.isBinaryExpression(parent) ||
    ts.isParenthesizedExpression(parent)
  ) {
    if (
      ts.isBinaryExpression(parent) &&
      (parent.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken ||
        parent.operatorToken.kind === ts.SyntaxKind.ExclamationEqualsEqualsToken)
    ) {
      return false;
    }
    if (ts.isConditionalExpression(parent) && parent.condition === child) return false;
    child = parent;
    parent = parent.parent;
  }
  return (
    ts.isJsxExpression(parent) &&
    (ts.isJsxElement(parent.parent) || ts.isJsxFragment(parent.parent))
  );
}

/** Words written straight into a screen's JSX: text, read attributes, literals shown. */
export function hardCodedWords(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${path}:${String(file.getLineAndCharacterOfPosition(node.getStart()).line + 1)}`;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) {
      found.push(`${where(node)} ${node.text.trim()}`);
    } else if (
      ts.isJsxAttribute(node) &&
      READ_ATTRIBUTES.has(node.name.getText(file)) &&
      node.initializer !== undefined &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}/u.test(node.initializer.text)
    ) {
      found.push(`${where(node)} ${node.name.getText(file)}="${node.initializer.text}"`);
    } else if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      /\p{L}{2,}/u.test(node.text) &&
      isShown(node)
    ) {
      found.push(`${where(node)} ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('words on screen', () => {
  it('all come from src/content: none is written in a screen, a shared component or the app', () => {
    const files = SCREEN_FOLDERS.flatMap((folder) => tsxFiles(join(root, folder)));
    expect(files.length).toBeGreaterThan(40);
    const found = files.flatMap((path) =>
      hardCodedWords(relative(root, path), readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('are found in text, read attributes and shown literals, not in ids compared', () => {
    const source = `export const A = ({ s }) => (
      <p aria-label="Fermer" className="x">
        Bonjour {s === 'locked' ? 'Verrouillé' : null} {s !== 'ready' && <b>{'Attente'}</b>}
      </p>
    );`;
    expect(hardCodedWords('a.tsx', source)).toEqual([
      'a.tsx:2 aria-label="Fermer"',
      'a.tsx:3 Bonjour',
      'a.tsx:3 Verrouillé',
      'a.tsx:3 Attente',
    ]);
  });
});
