/**
 * The `name` of a thrown value (`'QuotaExceededError'`, `'OperationError'`…). Checked by name,
 * not `instanceof`: DOMExceptions may come from another realm (a worker, WebCrypto in tests).
 */
export function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('name' in error)) return undefined;
  return typeof error.name === 'string' ? error.name : undefined;
}
