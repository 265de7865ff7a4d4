/** Fetching a clinic's FAQ file: same-origin-or-CORS JSON, bounded in size and time. */

/** A clinic FAQ of 2,000 entries is about 1.5 MB; beyond 2 MiB it is a mistake, not a corpus. */
export const MAX_FAQ_BYTES = 2 * 1024 * 1024;
/** After this the widget stops waiting and answers from the bundled corpus. */
export const FAQ_TIMEOUT_MS = 6000;

export class FaqLoadError extends Error {}

export async function fetchFaqText(url: string, fetchImpl: typeof fetch = fetch): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FAQ_TIMEOUT_MS);
  try {
    const response = await fetchImpl(url, {
      signal: controller.signal,
      credentials: 'same-origin',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) throw new FaqLoadError(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}; check that the file exists at this address`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_FAQ_BYTES) throw tooLarge(declared);
    return await readBounded(response);
  } catch (e) {
    const timedOut = controller.signal.aborted;
    // A failed download is not left running. A finished one is not aborted: browsers' network
    // panels would list the file as cancelled, misleading an admin debugging their FAQ.
    controller.abort();
    if (e instanceof FaqLoadError) throw e;
    if (timedOut) throw new FaqLoadError(`it did not finish loading within ${FAQ_TIMEOUT_MS / 1000} seconds`);
    throw new FaqLoadError(`it could not be downloaded (${(e as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}

async function readBounded(response: Response): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_FAQ_BYTES) {
      await reader.cancel();
      throw tooLarge(size);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

const tooLarge = (bytes: number) =>
  new FaqLoadError(`it is larger than ${MAX_FAQ_BYTES / 1024 / 1024} MiB (at least ${(bytes / 1024 / 1024).toFixed(1)} MiB); split long answers or remove unused entries`);
