import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { offline } from '../../src/content/fr/offline.ts';
import { NEUTRAL_PAGE_PATH } from '../../src/content/neutral-page.ts';
import { ui } from '../../src/content/fr/ui.ts';
import { screens } from '../../src/content/fr/screens.ts';
import { voice } from '../../src/i18n/voice.ts';
import { InstallHint } from '../../src/features/offline/install-hint.tsx';
import { UpdateBanner } from '../../src/features/offline/update-banner.tsx';
import { quickExit } from '../../src/features/safety/quick-exit.tsx';
import type { InstallPromptEvent } from '../../src/lib/offline.ts';
import { isIosSafariInBrowser } from '../../src/lib/offline.ts';
import { removeOfflineCopy } from '../../src/lib/offline-copy.ts';
import { useHoldUpdate, useOffline } from '../../src/stores/offline.ts';
import { renderApp } from '../helpers/render.tsx';

/** A browser's offline copy as the tests want it: workers and caches, each of which may refuse. */
function fakeOfflineCopy({ refuse = false } = {}) {
  const cacheNames = new Set(['workbox-precache-v2-http://127.0.0.1/']);
  const registrations = [{ unregister: vi.fn(() => Promise.resolve(!refuse)) }];
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { getRegistrations: () => Promise.resolve(registrations.slice()) },
  });
  vi.stubGlobal('caches', {
    keys: () => Promise.resolve([...cacheNames]),
    delete: (name: string) => Promise.resolve(cacheNames.delete(name)),
  });
  return { cacheNames, registrations };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
  vi.unstubAllGlobals();
});

describe('"Une nouvelle version est disponible"', () => {
  it('says nothing until a new version is downloaded, then announces it politely', async () => {
    render(<UpdateBanner />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();

    act(() => {
      useOffline.getState().updateReady(vi.fn());
    });
    await waitFor(() => {
      expect(region).toHaveTextContent(offline.update.ready);
    });
    expect(region).toHaveTextContent(voice(offline.update.keep, null));
  });

  it('applies the update only when the person presses "Mettre à jour" (Tab and Enter)', async () => {
    const apply = vi.fn();
    useOffline.getState().updateReady(apply);
    const user = userEvent.setup();
    render(<UpdateBanner />);
    await screen.findByRole('button', { name: offline.update.apply });
    expect(apply).not.toHaveBeenCalled();

    await user.tab();
    expect(screen.getByRole('button', { name: offline.update.apply })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(apply).toHaveBeenCalledTimes(1);
    // Pressed once: it says the update is under way and cannot be pressed twice.
    expect(screen.getByRole('button', { name: offline.update.applying })).toBeDisabled();
  });
});

describe('an update and the work under way', () => {
  /** Stands for an export, an import or a PDF being made, while `running`. */
  function Download({ running }: { readonly running: boolean }) {
    useHoldUpdate(running);
    return null;
  }

  it('waits for an export, an import or a PDF to end before "Mettre à jour" applies it', async () => {
    const apply = vi.fn();
    useOffline.getState().updateReady(apply);
    const user = userEvent.setup();
    const { rerender } = render(
      <>
        <UpdateBanner />
        <Download running />
      </>,
    );
    const button = await screen.findByRole('button', { name: offline.update.apply });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(offline.update.wait);
    await user.click(button);
    expect(apply).not.toHaveBeenCalled();

    rerender(
      <>
        <UpdateBanner />
        <Download running={false} />
      </>,
    );
    expect(screen.getByRole('status')).not.toHaveTextContent(offline.update.wait);
    await user.click(screen.getByRole('button', { name: offline.update.apply }));
    expect(apply).toHaveBeenCalledTimes(1);
  });
});

describe('"Installer Balise"', () => {
  it('offers a button where the browser would install the app, and uses the offer once', async () => {
    const prompt = vi.fn(() => Promise.resolve());
    const offer = Object.assign(new Event('beforeinstallprompt'), {
      prompt,
      userChoice: Promise.resolve({ outcome: 'accepted' as const }),
    }) satisfies InstallPromptEvent;
    useOffline.getState().offerInstall(offer);
    const user = userEvent.setup();
    render(<InstallHint iosSafari={false} />);

    expect(await screen.findByRole('heading', { name: offline.install.title })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: offline.install.button }));
    expect(prompt).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: offline.install.button })).toBeNull();
  });

  it('gives the share-menu steps on iOS Safari, which has no install button', async () => {
    render(<InstallHint iosSafari />);
    expect(await screen.findByRole('region', { name: offline.install.title })).toHaveTextContent(
      'Sur l’écran d’accueil',
    );
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows nothing where the browser offers no installation', () => {
    const { container } = render(<InstallHint iosSafari={false} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('recognises Safari on an iPhone, not Chrome on an iPhone nor an installed Balise', () => {
    const iphone =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
    const chromeOnIphone = iphone.replace('Version/18.0', 'CriOS/131.0.0.0');
    const android =
      'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
    expect(isIosSafariInBrowser(iphone, false)).toBe(true);
    expect(isIosSafariInBrowser(iphone, true)).toBe(false);
    expect(isIosSafariInBrowser(chromeOnIphone, false)).toBe(false);
    expect(isIosSafariInBrowser(android, false)).toBe(false);
  });
});

describe('"Quitter vite" without network', () => {
  it('leaves for the neutral recipe kept on the device instead of a site that cannot load', () => {
    const go = vi.fn();
    quickExit(go, false);
    expect(go).toHaveBeenCalledWith(NEUTRAL_PAGE_PATH);
    quickExit(go, true);
    expect(go).toHaveBeenLastCalledWith(ui.quickExit.destination);
  });
});

describe('removing the offline copy', () => {
  it('unregisters every worker and deletes every cache', async () => {
    const { cacheNames, registrations } = fakeOfflineCopy();
    await expect(removeOfflineCopy()).resolves.toBe(true);
    expect(registrations[0]?.unregister).toHaveBeenCalledTimes(1);
    expect(cacheNames.size).toBe(0);
  });

  it('says when the browser refused to let a worker go', async () => {
    const { cacheNames } = fakeOfflineCopy({ refuse: true });
    await expect(removeOfflineCopy()).resolves.toBe(false);
    // The rest is still done.
    expect(cacheNames.size).toBe(0);
  });
});

describe('"Tout effacer" and the offline copy', () => {
  it('is not offered where the browser keeps no offline copy', async () => {
    renderApp('/mes-reponses');
    await screen.findByRole('heading', { level: 1, name: screens.summary.title });
    await waitFor(() => {
      expect(screen.getByRole('button', { name: ui.session.erase })).toBeInTheDocument();
    });
    expect(screen.queryByLabelText(offline.erase.alsoOfflineCopy)).toBeNull();
  });

  it('is kept unless chosen', async () => {
    const { cacheNames, registrations } = fakeOfflineCopy();
    const { user } = renderApp('/mes-reponses');
    const section = await screen.findByRole('region', { name: screens.summary.clearTitle });
    const choice = await within(section).findByLabelText(offline.erase.alsoOfflineCopy);
    expect(choice).not.toBeChecked();

    await user.click(within(section).getByRole('button', { name: ui.session.erase }));
    await user.click(screen.getByRole('button', { name: ui.session.eraseYes }));
    await screen.findByRole('heading', { level: 1, name: ui.session.endedTitle });
    expect(cacheNames.size).toBe(1);
    expect(registrations[0]?.unregister).not.toHaveBeenCalled();
  });

  it('goes with everything else when chosen, after the confirmation', async () => {
    const { cacheNames, registrations } = fakeOfflineCopy();
    const { user } = renderApp('/mes-reponses');
    const section = await screen.findByRole('region', { name: screens.summary.clearTitle });
    await user.click(await within(section).findByLabelText(offline.erase.alsoOfflineCopy));
    expect(section).toHaveTextContent(offline.erase.offlineCopyItem);

    await user.click(within(section).getByRole('button', { name: ui.session.erase }));
    expect(cacheNames.size).toBe(1);
    await user.click(screen.getByRole('button', { name: ui.session.eraseYes }));
    await screen.findByRole('heading', { level: 1, name: ui.session.endedTitle });
    expect(cacheNames.size).toBe(0);
    expect(registrations[0]?.unregister).toHaveBeenCalledTimes(1);
  });

  it('says so when the browser keeps the offline copy, the rest being erased', async () => {
    fakeOfflineCopy({ refuse: true });
    sessionStorage.setItem('balise:letters', '{}');
    const { user } = renderApp('/mes-reponses');
    const section = await screen.findByRole('region', { name: screens.summary.clearTitle });
    await user.click(await within(section).findByLabelText(offline.erase.alsoOfflineCopy));
    await user.click(within(section).getByRole('button', { name: ui.session.erase }));
    await user.click(screen.getByRole('button', { name: ui.session.eraseYes }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      voice(offline.erase.offlineCopyFailed, null),
    );
    expect(sessionStorage.getItem('balise:letters')).toBeNull();
  });
});
