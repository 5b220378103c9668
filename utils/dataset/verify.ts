/**
 * "Update from URL": the reader types an https address and the SHA-256 of the file they expect
 * (published beside it by whoever they trust); the file is used only if its bytes hash to that.
 */

export class VerifyError extends Error {}

/** The largest file accepted: well above 100,000 estimates, well below what hurts a browser. */
export const MAX_BYTES = 64 * 1024 * 1024;

/** The hex digest in lower case, or null when the text is not 64 hex digits. */
export function normalizeSha256(hex: string): string | null {
  const s = hex.trim().toLowerCase();
  return /^[0-9a-f]{64}$/.test(s) ? s : null;
}

/** The https URL, or a VerifyError saying why not. */
export function checkUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw new VerifyError('not a URL');
  }
  if (u.protocol !== 'https:') throw new VerifyError('the URL must start with https://');
  if (u.username || u.password) throw new VerifyError('the URL must not carry a user name or password');
  return u;
}

export async function sha256Hex(data: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Throws unless the bytes hash to `expected` (64 hex digits, any case). */
export async function checkSha256(data: BufferSource, expected: string): Promise<void> {
  const want = normalizeSha256(expected);
  if (!want) throw new VerifyError('the SHA-256 must be 64 hexadecimal digits');
  const got = await sha256Hex(data);
  if (got !== want) throw new VerifyError(`the file's SHA-256 is ${got}, not the ${want} given: nothing was imported`);
}

/**
 * Fetches `url` and returns its text if its SHA-256 is `expected`. Both are checked before
 * anything is fetched; no cookies are sent; a redirect may not leave https.
 */
export async function fetchVerified(url: string, expected: string, fetchFn: typeof fetch = fetch): Promise<string> {
  const u = checkUrl(url);
  if (!normalizeSha256(expected)) throw new VerifyError('the SHA-256 must be 64 hexadecimal digits');
  let res: Response;
  try {
    res = await fetchFn(u.href, { credentials: 'omit', cache: 'no-store', redirect: 'follow' });
  } catch (e) {
    throw new VerifyError(`could not fetch ${u.href}: ${(e as Error).message}`);
  }
  if (res.url && !res.url.startsWith('https://')) throw new VerifyError(`${u.href} redirected to ${res.url}, which is not https`);
  if (!res.ok) throw new VerifyError(`${u.href} answered ${res.status} ${res.statusText}`.trim());
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new VerifyError(`the file is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  const bytes = await res.arrayBuffer();
  if (bytes.byteLength > MAX_BYTES) throw new VerifyError(`the file is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  await checkSha256(bytes, expected);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new VerifyError('the file is not UTF-8 text');
  }
}
