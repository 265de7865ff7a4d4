/** `npm run ask` as CONTRACT §4 describes it: outside checks read its JSON lines. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'confide-ask-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface AskLine {
  query: string;
  crisis: boolean;
  answered: boolean;
  results: { id: string; score: number }[];
}

function ask(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/cli/ask.ts', ...args], { encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stderr: run.stderr, lines: run.stdout.split('\n').filter(Boolean) };
}

function batchFile(name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('npm run ask', () => {
  it('prints one JSON line per question: up to 5 results, best first, scores in 0..1', () => {
    const { status, lines } = ask('--json', 'how much does a session cost');
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '') as AskLine;
    expect(Object.keys(line)).toEqual(['query', 'crisis', 'answered', 'results']);
    expect(line).toMatchObject({ query: 'how much does a session cost', crisis: false, answered: true });
    expect(line.results[0]?.id).toBe('cost');
    expect(line.results.length).toBeLessThanOrEqual(5);
    const scores = line.results.map((r) => r.score);
    expect(scores).toEqual(scores.toSorted((a, b) => b - a));
    for (const s of scores) expect(s >= 0 && s <= 1).toBe(true);
  });

  it('answers a batch in input order, reading a JSON line\'s "q" field', () => {
    const file = batchFile('batch.txt', ['is insurance accepted', '{"q": "I want to end my life tonight", "expect": []}', 'best pizza in town']);
    const { status, lines } = ask('--json', '--batch', file);
    expect(status).toBe(0);
    const parsed = lines.map((l) => JSON.parse(l) as AskLine);
    expect(parsed.map((l) => l.query)).toEqual(['is insurance accepted', 'I want to end my life tonight', 'best pizza in town']);
    expect(parsed.map((l) => l.crisis)).toEqual([false, true, false]);
    expect(parsed[0]?.results[0]?.id).toBe('insurance');
    expect(parsed[2]?.answered).toBe(false);
  });

  it('ends quietly when its reader stops early (| head)', async () => {
    const file = batchFile('long.txt', Array.from({ length: 3000 }, (_, i) => `question number ${i} about the cost of sessions`));
    const child = spawn('npx', ['tsx', 'src/cli/ask.ts', '--json', '--batch', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(status).toBe(0);
  }, 60_000);
});
