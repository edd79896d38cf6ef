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
