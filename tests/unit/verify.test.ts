import { describe, expect, it, vi } from 'vitest';
import { checkSha256, fetchVerified, normalizeSha256, sha256Hex, VerifyError } from '../../utils/dataset/verify';

const body = '[{"hello":"world"}]';
const bytes = new TextEncoder().encode(body);
const fakeFetch = (init: { status?: number; url?: string; data?: Uint8Array<ArrayBuffer> } = {}) =>
  vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const res = new Response(init.data ?? bytes, { status: init.status ?? 200 });
    Object.defineProperty(res, 'url', { value: init.url ?? String(input) });
    return res;
  });

describe('SHA-256', () => {
  it('matches the FIPS 180-2 test vector', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('accepts any case and surrounding spaces, and rejects a digest that is not 64 hex digits', async () => {
    expect(normalizeSha256(' BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD ')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(normalizeSha256('ba7816bf')).toBeNull();
    await expect(checkSha256(new TextEncoder().encode('abd'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')).rejects.toThrow(/not the ba7816/);
  });
});

describe('fetchVerified', () => {
  it('returns the text when its SHA-256 is the one given, and sends no cookies', async () => {
    const f = fakeFetch();
    const text = await fetchVerified('https://data.example/est.json', (await sha256Hex(bytes)).toUpperCase(), f);
    expect(text).toBe(body);
    expect(f).toHaveBeenCalledTimes(1);
    expect(f.mock.calls[0]![1]).toMatchObject({ credentials: 'omit' });
  });
  it('rejects a file whose SHA-256 differs', async () => {
    const other = await sha256Hex(new TextEncoder().encode('[]'));
    await expect(fetchVerified('https://data.example/est.json', other, fakeFetch())).rejects.toThrow(VerifyError);
  });
  it('fetches nothing for a non-https URL or a malformed digest', async () => {
    const f = fakeFetch();
    const sha = await sha256Hex(bytes);
    await expect(fetchVerified('http://data.example/est.json', sha, f)).rejects.toThrow(/https/);
    await expect(fetchVerified('file:///etc/passwd', sha, f)).rejects.toThrow(/https/);
    await expect(fetchVerified('https://user:pw@data.example/x', sha, f)).rejects.toThrow(/password/);
    await expect(fetchVerified('https://data.example/est.json', 'abc', f)).rejects.toThrow(/64 hexadecimal/);
    expect(f).not.toHaveBeenCalled();
  });
  it('rejects a redirect away from https, an error status and bytes that are not UTF-8', async () => {
    const sha = await sha256Hex(bytes);
    await expect(fetchVerified('https://data.example/x', sha, fakeFetch({ url: 'http://data.example/x' }))).rejects.toThrow(/not https/);
    await expect(fetchVerified('https://data.example/x', sha, fakeFetch({ status: 404 }))).rejects.toThrow(/404/);
    const bad = new Uint8Array([0x5b, 0xff, 0x5d]);
    await expect(fetchVerified('https://data.example/x', await sha256Hex(bad), fakeFetch({ data: bad }))).rejects.toThrow(/not UTF-8/);
  });
});
