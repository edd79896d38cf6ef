// Browser tests drive Debian's Chromium; nothing may download a browser.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** The browser Lighthouse, the benchmarks and the icon script drive: Chromium as people run it. */
export const CHROMIUM = process.env.BALISE_CHROMIUM ?? '/usr/bin/chromium';
/**
 * The browser tests' Chromium: Debian's `chromium-headless-shell`, the same Blink without the
 * browser's window machinery, which Playwright itself runs headless tests in. Measured on the
 * 2-core machine: the wizard's journeys in 2 min 9 s instead of 2 min 28 s. Chromium itself when
 * the shell is not installed.
 */
export const HEADLESS_SHELL =
  process.env.BALISE_HEADLESS_SHELL ?? '/usr/lib/chromium/chromium-headless-shell';
/** Flags for Chromium on a machine with no outside network. */
export const CHROMIUM_ARGS = JSON.parse(
  readFileSync(new URL('./chromium-args.json', import.meta.url), 'utf8'),
);
const PACKAGES = ['chromium', 'chromium-headless-shell'];
const INSTALL = `apt-get update && apt-get install -y ${PACKAGES.join(' ')}`;

/** What the browser tests run in: the headless shell when there, else Chromium. */
const forTests = () => (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM);

/**
 * Finds Chromium (and its headless shell), installing them with apt-get when running as root.
 * `path`: Chromium; `tests`: the browser for the browser tests.
 */
export function ensureChromium() {
  if (existsSync(CHROMIUM) && existsSync(HEADLESS_SHELL)) {
    return { ok: true, path: CHROMIUM, tests: HEADLESS_SHELL };
  }
  if (process.getuid?.() === 0) {
    console.log(`Chromium introuvable : installation (${INSTALL}) / Chromium missing: installing`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], {
      stdio: 'inherit',
      env,
    });
  }
  if (existsSync(CHROMIUM)) return { ok: true, path: CHROMIUM, tests: forTests() };
  const why = `Chromium manquant, lancez : sudo ${INSTALL} / Chromium missing, run: sudo ${INSTALL}`;
  console.error(why);
  return { ok: false, why };
}
