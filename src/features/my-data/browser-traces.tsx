import { useVoice } from '../../i18n/context.tsx';
import { words } from '../../i18n/words.ts';

/** What only the browser keeps, and how to remove it. */
export function BrowserTraces() {
  const v = useVoice();
  const b = words.traces.browser;
  return (
    <section aria-labelledby="traces-browser">
      <h2 id="traces-browser">{b.title}</h2>
      <p>{v(b.lead)}</p>
      {([b.history, b.downloads, b.printer] as const).map((what) => (
        <div key={what.title}>
          <h3>{what.title}</h3>
          <p>{v(what.text)}</p>
        </div>
      ))}
      <HistorySteps />
      <h3>{b.private.title}</h3>
      <p>{v(b.private.text)}</p>
    </section>
  );
}

/** How to clear the history, browser by browser (menus and sections only: labels change). */
export function HistorySteps() {
  const v = useVoice();
  const b = words.traces.browser;
  return (
    <>
      <h3>{b.stepsTitle}</h3>
      <p>{v(b.stepsLead)}</p>
      <dl className="answers">
        {b.browsers.map((browser) => (
          <div key={browser.id} className="answers__row" data-browser={browser.id}>
            <dt>{browser.name}</dt>
            <dd>{v(browser.steps)}</dd>
          </div>
        ))}
      </dl>
      <p>{v(b.other)}</p>
    </>
  );
}
