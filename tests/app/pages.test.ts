import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_MODULES } from '../../src/app/page-modules.ts';
import { PAGES, pathPattern, type PageName } from '../../src/app/pages.ts';

/** The page a direct visit preloads, as the build's preload script picks it (fewest open segments). */
function pageFor(pathname: string): PageName | null {
  let best: { name: PageName; open: number } | null = null;
  for (const [name, spec] of Object.entries(PAGES) as [PageName, (typeof PAGES)[PageName]][]) {
    for (const path of spec.paths) {
      const { source, open } = pathPattern(path);
      if (new RegExp(source).test(pathname) && (best === null || open < best.open)) {
        best = { name, open };
      }
    }
  }
  return best?.name ?? null;
}

describe('what a direct visit fetches early', () => {
  it('finds the screen each address opens, as the router would', () => {
    expect(pageFor('/preuves')).toBe('journal');
    expect(pageFor('/preuves/nouveau')).toBe('entryForm');
    expect(pageFor('/preuves/abc-123')).toBe('entry');
    expect(pageFor('/preuves/abc-123/modifier')).toBe('entryForm');
    expect(pageFor('/preuves/abc/masquer/def')).toBe('redact');
    expect(pageFor('/plan')).toBe('plan');
    expect(pageFor('/plan/evidence')).toBe('step');
    expect(pageFor('/questions/role')).toBe('question');
    expect(pageFor('/questions/role/')).toBe('question');
  });

  it('preloads nothing for the home page or an address that is not one', () => {
    expect(pageFor('/')).toBeNull();
    expect(pageFor('/plan/a/b')).toBeNull();
    expect(pageFor('/preuvesx')).toBeNull();
  });

  it('names, for every screen, the module the router loads', () => {
    const routes = readFileSync('src/app/routes.tsx', 'utf8');
    for (const name of Object.keys(PAGES) as PageName[]) {
      const module = PAGE_MODULES[name];
      expect(routes, name).toContain(`import('../${module.slice('src/'.length)}')`);
    }
  });
});
