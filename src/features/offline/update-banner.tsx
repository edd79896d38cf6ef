import { lazy, Suspense } from 'react';
import { useOffline } from '../../stores/offline.ts';

// Loaded only when an update waits (it is in the offline copy): not on the first visit.
const UpdatePrompt = lazy(async () => ({
  default: (await import('./update-prompt.tsx')).UpdatePrompt,
}));

/**
 * A polite live region, present from the start so that screen readers announce what appears in
 * it: "Une nouvelle version est disponible" and its "Mettre à jour" button, once an update waits.
 */
export function UpdateBanner() {
  const update = useOffline((s) => s.update);
  return (
    <div role="status" aria-live="polite">
      {update === null ? null : (
        <Suspense fallback={null}>
          <UpdatePrompt update={update} />
        </Suspense>
      )}
    </div>
  );
}
