import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isZone,
  maskedName,
  pixelsOf,
  withMaskedCopy,
  zoneBetween,
  zoneFromPercents,
} from '../../../src/features/evidence/redaction.ts';
import { parseEntry } from '../../../src/lib/journal/model.ts';
import { entry } from '../../helpers/documents.ts';

describe('masking zones of a picture, without a screen', () => {
  it('a zone drawn from any corner to the opposite one, kept inside the image', () => {
    expect(zoneBetween({ x: 0.6, y: 0.8 }, { x: 0.2, y: 0.3 })).toEqual({
      x: 0.2,
      y: 0.3,
      width: 0.6 - 0.2,
      height: 0.8 - 0.3,
    });
    expect(zoneBetween({ x: -0.5, y: 0.5 }, { x: 1.5, y: 2 })).toEqual({
      x: 0,
      y: 0.5,
      width: 1,
      height: 0.5,
    });
    // A tap without a drag draws nothing.
    expect(isZone(zoneBetween({ x: 0.5, y: 0.5 }, { x: 0.502, y: 0.6 }))).toBe(false);
  });

  it('covers every pixel a zone touches, even in part, and none outside the image', () => {
    expect(pixelsOf({ x: 0.1, y: 0.1, width: 0.25, height: 0.5 }, 10, 10)).toEqual({
      left: 1,
      top: 1,
      width: 3,
      height: 5,
    });
    fc.assert(
      fc.property(
        fc.record({
          ax: fc.double({ min: 0, max: 1, noNaN: true }),
          ay: fc.double({ min: 0, max: 1, noNaN: true }),
          bx: fc.double({ min: 0, max: 1, noNaN: true }),
          by: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 1, max: 4000 }),
        ({ ax, ay, bx, by }, width, height) => {
          const zone = zoneBetween({ x: ax, y: ay }, { x: bx, y: by });
          const rect = pixelsOf(zone, width, height);
          // Inside the image…
          expect(rect.left).toBeGreaterThanOrEqual(0);
          expect(rect.top).toBeGreaterThanOrEqual(0);
          expect(rect.left + rect.width).toBeLessThanOrEqual(width);
          expect(rect.top + rect.height).toBeLessThanOrEqual(height);
          // …and over all of the zone: its edges, in pixels, are within the rectangle.
          expect(rect.left).toBeLessThanOrEqual(zone.x * width);
          expect(rect.top).toBeLessThanOrEqual(zone.y * height);
          expect(rect.left + rect.width).toBeGreaterThanOrEqual(
            (zone.x + zone.width) * width - 1e-9,
          );
          expect(rect.top + rect.height).toBeGreaterThanOrEqual(
            (zone.y + zone.height) * height - 1e-9,
          );
        },
      ),
    );
  });

  it('reads a zone typed in percentages, with a comma or a point, and refuses anything else', () => {
    expect(zoneFromPercents({ x: '10', y: '20,5', width: '30', height: '5' })).toEqual(
      zoneBetween({ x: 0.1, y: 0.205 }, { x: 0.4, y: 0.255 }),
    );
    expect(zoneFromPercents({ x: '', y: '0', width: '10', height: '10' })).toBeNull();
    expect(zoneFromPercents({ x: 'dix', y: '0', width: '10', height: '10' })).toBeNull();
  });

  it('names the copy after the original, as a PNG', () => {
    expect(maskedName('Capture d’écran 2026.jpg')).toBe('Capture d’écran 2026-masque.png');
    expect(maskedName('.png')).toBe('image-masque.png');
  });

  it('adds the copy as a new version of the act, the copy naming the image it was made from', () => {
    const original = {
      id: '00000000-0000-4000-9000-000000000001',
      name: 'capture.jpg',
      type: 'image/jpeg',
      size: 10,
      sha256: 'a'.repeat(64),
      addedAt: '2026-03-04T08:00:00.000Z',
    };
    const act = entry({ attachments: [original] });
    const copy = {
      ...original,
      id: '00000000-0000-4000-9000-000000000002',
      name: 'capture-masque.png',
      type: 'image/png',
      sha256: 'b'.repeat(64),
    };
    const next = withMaskedCopy(act, copy, original, '2026-03-05T08:00:00.000Z');
    expect(next.attachments.map((a) => a.redactedFrom)).toEqual([undefined, 'a'.repeat(64)]);
    expect(next.versions.at(-1)?.previous.attachments).toEqual([original]);
    expect(next.updatedAt).toBe('2026-03-05T08:00:00.000Z');
    // It goes through the journal's checks, and a malformed origin is refused by name.
    expect(parseEntry(JSON.parse(JSON.stringify(next)))).toEqual(next);
    expect(() => parseEntry({ ...next, attachments: [{ ...copy, redactedFrom: 'non' }] })).toThrow(
      /attachments\.0\.redactedFrom/,
    );
  });
});
