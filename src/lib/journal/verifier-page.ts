import type { ChainProblem } from './chain-kit.ts';
import { chainKit } from './chain-kit.ts';
import { verifyArchive } from './verifier.ts';

/** The page's words (src/content/<locale>/verifier.ts), with `{name}` placeholders. */
export interface VerifierWords {
  readonly lang: string;
  readonly title: string;
  readonly intro: string;
  readonly how: string;
  readonly limits: string;
  readonly choose: string;
  readonly checking: string;
  readonly allMatch: string;
  readonly someDiffer: string;
  readonly extra: string;
  readonly damaged: string;
  readonly noManifest: string;
  readonly unsupported: string;
  readonly unreadable: string;
  readonly exportedAt: string;
  readonly tableCaption: string;
  readonly columns: { readonly path: string; readonly expected: string; readonly result: string };
  readonly status: { readonly ok: string; readonly changed: string; readonly missing: string };
  readonly textFile: string;
  readonly chain: {
    readonly title: string;
    readonly what: string;
    readonly intact: string;
    readonly checked: string;
    readonly removals: string;
    readonly unsealed: string;
    readonly broken: string;
    readonly none: string;
    readonly problem: Readonly<Record<ChainProblem['problem'], string>>;
    readonly compare: string;
    readonly limits: string;
    readonly caption: string;
    readonly columns: { readonly seq: string; readonly at: string; readonly hash: string };
  };
}

/**
 * The page's own script, copied as text like `verifyArchive`: reads the chosen file, runs the
 * check, writes the result with `textContent` only (a file name is never markup).
 */
function runPage(verify: typeof verifyArchive, kit: typeof chainKit, words: VerifierWords): void {
  const fill = (text: string, values: Record<string, string | number>): string =>
    text.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));
  const input = document.getElementById('archive') as HTMLInputElement;
  const result = document.getElementById('result') as HTMLElement;
  const add = (parent: HTMLElement, tag: string, text?: string, className?: string) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className !== undefined) node.className = className;
    parent.append(node);
    return node;
  };
  /** A table with its caption and column headers, in the result; returns its body. */
  const table = (caption: string, columns: readonly string[]): HTMLElement => {
    const node = add(result, 'table');
    add(node, 'caption', caption);
    const head = add(add(node, 'thead'), 'tr');
    for (const column of columns) add(head, 'th', column).setAttribute('scope', 'col');
    return add(node, 'tbody');
  };
  const say = (text: string, tone: string) => {
    result.replaceChildren();
    add(result, 'p', text, tone);
  };
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    say(words.checking, 'info');
    void file
      .arrayBuffer()
      .then((buffer) => verify(new Uint8Array(buffer), kit().check))
      .then((report) => {
        if (report.kind !== 'checked') {
          const problems = {
            unsupported: words.unsupported,
            'no-manifest': words.noManifest,
            damaged: fill(words.damaged, { where: report.kind === 'damaged' ? report.where : '' }),
          };
          say(problems[report.kind], 'bad');
          return;
        }
        const attachments = report.files.filter((f) => f.role === 'attachment');
        say(
          report.allMatch
            ? fill(words.allMatch, { entries: report.entries, files: attachments.length })
            : words.someDiffer,
          report.allMatch ? 'good' : 'bad',
        );
        const date = new Date(report.exportedAt);
        if (!Number.isNaN(date.getTime())) {
          add(result, 'p', fill(words.exportedAt, { date: date.toLocaleString(words.lang) }));
        }
        for (const path of report.extra) add(result, 'p', fill(words.extra, { path }), 'bad');
        const body = table(words.tableCaption, [
          words.columns.path,
          words.columns.expected,
          words.columns.result,
        ]);
        for (const file of report.files) {
          const row = add(body, 'tr', undefined, file.status === 'ok' ? '' : 'bad');
          add(row, 'th', file.path).setAttribute('scope', 'row');
          add(row, 'td', file.expected ?? words.textFile, 'hash');
          add(row, 'td', words.status[file.status]);
        }
        const chain = report.chain;
        const c = words.chain;
        add(result, 'h2', c.title);
        if (chain.kind === 'none') {
          add(result, 'p', c.none);
          if (chain.unsealed > 0) add(result, 'p', fill(c.unsealed, { unsealed: chain.unsealed }));
          return;
        }
        add(result, 'p', c.what);
        if (chain.intact) {
          add(
            result,
            'p',
            fill(c.intact, { records: chain.records, last: chain.last.seq }),
            'good',
          );
        } else {
          add(result, 'p', c.broken, 'bad');
          const problems = add(result, 'ul');
          for (const p of chain.problems)
            add(problems, 'li', fill(c.problem[p.problem], { seq: p.seq }), 'bad');
        }
        add(result, 'p', fill(c.checked, { checked: chain.contentChecked }));
        if (chain.removals > 0) add(result, 'p', fill(c.removals, { removals: chain.removals }));
        if (chain.unsealed > 0) add(result, 'p', fill(c.unsealed, { unsealed: chain.unsealed }));
        add(result, 'p', c.compare);
        add(result, 'p', c.limits);
        const rows = table(c.caption, [c.columns.seq, c.columns.at, c.columns.hash]);
        for (const link of chain.links) {
          const row = add(rows, 'tr');
          add(row, 'th', String(link.seq)).setAttribute('scope', 'row');
          const at = new Date(link.at);
          add(row, 'td', Number.isNaN(at.getTime()) ? link.at : at.toLocaleString(words.lang));
          add(row, 'td', link.hash, 'hash');
        }
      })
      .catch(() => {
        say(words.unreadable, 'bad');
      });
  });
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON safe inside a `<script>`: no `</script>`, no `<!--`. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * `verifier.html`: one file, no network (its policy forbids every request), readable offline in
 * any recent browser, that checks an export against its manifest.
 */
export function verifierPage(words: VerifierWords): string {
  const script = [
    `const verifyArchive = (${verifyArchive.toString()});`,
    `const chainKit = (${chainKit.toString()});`,
    `(${runPage.toString()})(verifyArchive, chainKit, ${scriptJson(words)});`,
  ].join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(words.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(words.title)}</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; background: #fff; }
label { display: block; font-weight: 700; margin: 1rem 0 0.25rem; }
input { font: inherit; }
.good { color: #0b5d1e; font-weight: 700; }
.bad { color: #9b1c1c; font-weight: 700; }
table { border-collapse: collapse; width: 100%; margin-top: 1rem; }
th, td { border: 1px solid #767676; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
td.hash { font-family: ui-monospace, monospace; word-break: break-all; }
tr.bad th, tr.bad td { background: #fde8e8; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(words.title)}</h1>
<p>${escapeHtml(words.intro)}</p>
<p>${escapeHtml(words.how)}</p>
<p>${escapeHtml(words.limits)}</p>
<label for="archive">${escapeHtml(words.choose)}</label>
<input id="archive" type="file" accept=".zip,application/zip">
<div id="result" role="status" aria-live="polite"></div>
</main>
<script>
${script}
</script>
</body>
</html>
`;
}
