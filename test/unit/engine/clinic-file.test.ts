import { describe, expect, it } from 'vitest';
import { FaqLoadError, fetchFaqText } from '../../../src/engine/clinic-file.ts';

/** A fetch that answers `body` with `status`, recording the signal it was given. */
function fakeFetch(body: string, status = 200) {
  const signals: AbortSignal[] = [];
  const impl = (async (_url: string, init?: RequestInit) => {
    if (init?.signal) signals.push(init.signal);
    return new Response(body, { status });
  }) as typeof fetch;
  return { impl, signals };
}

describe('fetching a clinic FAQ file', () => {
  it('returns the text and leaves a finished download alone (an aborted one shows as cancelled in DevTools)', async () => {
    const { impl, signals } = fakeFetch('{"entries": []}');
    expect(await fetchFaqText('/faq.json', impl)).toBe('{"entries": []}');
    expect(signals.map((s) => s.aborted)).toEqual([false]);
  });

  it('names the server status and stops the download when the file is missing', async () => {
    const { impl, signals } = fakeFetch('not found', 404);
    await expect(fetchFaqText('/faq.json', impl)).rejects.toThrow(FaqLoadError);
    await expect(fetchFaqText('/faq.json', impl)).rejects.toThrow(/404/);
    expect(signals.every((s) => s.aborted)).toBe(true);
  });
});
