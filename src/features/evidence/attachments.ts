import { hashBlob } from '../../lib/journal/hash.ts';
import type { AttachmentMeta } from '../../lib/journal/model.ts';

/** Fingerprints new files (SHA-256, in a Web Worker) and describes them for the journal. */
export function describeFiles(
  files: readonly File[],
  addedAt: string,
): Promise<{ meta: AttachmentMeta; data: Blob }[]> {
  return Promise.all(
    files.map(async (file) => ({
      meta: {
        id: crypto.randomUUID(),
        name: file.name,
        type: file.type,
        size: file.size,
        sha256: await hashBlob(file),
        addedAt,
      },
      data: file,
    })),
  );
}

/**
 * Picture formats a browser only ever draws, even when opened on their own in a tab. SVG is not
 * one of them: opened as a page, an SVG runs its script, like HTML.
 */
const PICTURE_TYPES: readonly string[] = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/bmp',
];

/** The MIME type without parameters, lowercase (`'Image/PNG; x=1'` → `'image/png'`). */
const essence = (type: string): string => (type.split(';')[0] ?? '').trim().toLowerCase();

/** True when the journal may draw this attachment as a thumbnail (`<img>`). */
export const isPicture = (type: string): boolean => PICTURE_TYPES.includes(essence(type));

/**
 * The bytes of an attachment, typed so that no address made from them can run anything on
 * Balise's origin: a picture keeps its picture type; everything else (HTML, SVG, text, PDF,
 * unknown) becomes `application/octet-stream`, which a browser can only save, never display.
 * A file from an imported archive is untrusted: a `blob:` page of type `text/html` would run its
 * script with the journal's storage in reach.
 */
export const inertBlob = (blob: Blob, type: string): Blob =>
  blob.slice(0, blob.size, isPicture(type) ? essence(type) : 'application/octet-stream');
