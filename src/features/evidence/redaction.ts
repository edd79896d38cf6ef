import type { AttachmentMeta, JournalEntry } from '../../lib/journal/model.ts';
import { historyAfterEdit } from '../../lib/journal/model.ts';

/**
 * Masking zones of an image before sharing it (issue 14), without a DOM: the zones the person
 * drew, as fractions of the image (so they do not depend on the size it is shown at), and the
 * pixel rectangles they cover. A zone is painted opaque black over every pixel it touches: never
 * blurred or pixelated, which can be undone. The copy is a new image, re-encoded from its pixels
 * (`redact-image.ts`), so it carries none of the original's metadata; the original stays.
 */

/** A zone, each value a fraction of the image's width or height, from its top left corner. */
export interface Zone {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A rectangle of whole pixels. */
export interface PixelRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Zones kept on one image: far more than a screenshot needs. */
export const MAX_ZONES = 50;
/** The smallest zone kept, as a fraction of either side (a click without a drag draws none). */
export const MIN_ZONE = 0.01;

const clamp = (value: number): number => Math.min(1, Math.max(0, value));

/** The zone between two corners, in any order, inside the image. */
export function zoneBetween(a: { x: number; y: number }, b: { x: number; y: number }): Zone {
  const [x1, x2] = [clamp(Math.min(a.x, b.x)), clamp(Math.max(a.x, b.x))];
  const [y1, y2] = [clamp(Math.min(a.y, b.y)), clamp(Math.max(a.y, b.y))];
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

/** Whether a zone is big enough to keep. */
export const isZone = (zone: Zone): boolean => zone.width >= MIN_ZONE && zone.height >= MIN_ZONE;

/**
 * A zone typed as percentages (the keyboard's way to draw), kept inside the image; null when a
 * value is not a number.
 */
export function zoneFromPercents(values: {
  readonly x: string;
  readonly y: string;
  readonly width: string;
  readonly height: string;
}): Zone | null {
  const [x, y, width, height] = [values.x, values.y, values.width, values.height].map((text) =>
    Number(text.replace(',', '.').trim() === '' ? Number.NaN : text.replace(',', '.')),
  ) as [number, number, number, number];
  if (![x, y, width, height].every(Number.isFinite)) return null;
  return zoneBetween({ x: x / 100, y: y / 100 }, { x: (x + width) / 100, y: (y + height) / 100 });
}

/**
 * The pixels a zone covers on an image of this size: every pixel it touches, even in part
 * (edges rounded outward), so that nothing of the masked area is left.
 */
export function pixelsOf(zone: Zone, width: number, height: number): PixelRect {
  const left = Math.max(0, Math.floor(zone.x * width));
  const top = Math.max(0, Math.floor(zone.y * height));
  const right = Math.min(width, Math.ceil((zone.x + zone.width) * width));
  const bottom = Math.min(height, Math.ceil((zone.y + zone.height) * height));
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

/** The copy's file name: the original's, marked as masked, as a PNG. */
export function maskedName(name: string): string {
  const stem = name.replace(/\.[^.]*$/u, '') || 'image';
  return `${stem}-masque.png`;
}

/**
 * The act with a masked copy added to its files: a new version of it (the earlier one kept, as
 * for any edit), the copy's metadata saying which image it was made from.
 */
export function withMaskedCopy(
  entry: JournalEntry,
  copy: Omit<AttachmentMeta, 'redactedFrom'>,
  original: AttachmentMeta,
  now: string,
): JournalEntry {
  const fields = {
    ...entry,
    attachments: [...entry.attachments, { ...copy, redactedFrom: original.sha256 }],
  };
  return { ...fields, updatedAt: now, ...historyAfterEdit(entry, fields) };
}
