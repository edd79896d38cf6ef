// Browser tests drive Debian's Chromium; nothing may download a browser.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const CHROMIUM = process.env.BALISE_CHROMIUM ?? '/usr/bin/chromium';
/** Flags for Chromium on a machine with no outside network. */
export const CHROMIUM_ARGS = JSON.parse(
  readFileSync(new URL('./chromium-args.json', import.meta.url), 'utf8'),
);
const INSTALL = 'apt-get update && apt-get install -y chromium';

/** Finds Chromium, installing it with apt-get when running as root. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return { ok: true, path: CHROMIUM };
  if (process.getuid?.() === 0) {
    console.log(`Chromium introuvable : installation (${INSTALL}) / Chromium missing: installing`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const ok =
      spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env }).status === 0 &&
      spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
        stdio: 'inherit',
        env,
      }).status === 0;
    if (ok && existsSync(CHROMIUM)) return { ok: true, path: CHROMIUM };
  }
  const why = `Chromium manquant, lancez : sudo ${INSTALL} / Chromium missing, run: sudo ${INSTALL}`;
  console.error(why);
  return { ok: false, why };
}
