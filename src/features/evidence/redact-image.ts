import type { Zone } from './redaction.ts';
import { pixelsOf } from './redaction.ts';

/** Why a masked copy could not be made. */
export type RedactProblem = 'unreadable' | 'unsupported';

/**
 * Paints the zones opaque black over the image's pixels and encodes a new PNG from them: only
 * pixels are copied, so no metadata (place, device, date) crosses over. Browser only (canvas).
 */
export async function redactImage(
  image: Blob,
  zones: readonly Zone[],
): Promise<
  | { readonly ok: true; readonly blob: Blob }
  | { readonly ok: false; readonly problem: RedactProblem }
> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(image);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d');
  if (context === null) return { ok: false, problem: 'unsupported' };
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  context.fillStyle = '#000';
  for (const zone of zones) {
    const rect = pixelsOf(zone, canvas.width, canvas.height);
    context.fillRect(rect.left, rect.top, rect.width, rect.height);
  }
  const blob = await new Promise<Blob | null>((resolve) => {
    canvas.toBlob(resolve, 'image/png');
  });
  return blob === null ? { ok: false, problem: 'unsupported' } : { ok: true, blob };
}
