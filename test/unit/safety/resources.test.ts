import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CRISIS_CATEGORIES } from '../../../src/safety/categories.ts';
import { ALL_RESOURCES, EMERGENCY, resourcesFor } from '../../../src/safety/resources.ts';

/** A service's details must be re-checked this often (unit: days). */
const MAX_AGE_DAYS = 180;
const DAY_MS = 86_400_000;

const shown = (id: string): string => ALL_RESOURCES.find((r) => r.id === id)?.description ?? '';

const ids = (categories: Parameters<typeof resourcesFor>[0]): string[] => resourcesFor(categories).map((r) => r.id);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('crisis resources', () => {
  it.each([...ALL_RESOURCES, EMERGENCY].map((r) => [r.id, r] as const))('%s was verified within 180 days', (_, resource) => {
    expect(resource.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const ageDays = (Date.now() - Date.parse(`${resource.verifiedOn}T00:00:00Z`)) / DAY_MS;
    expect(ageDays, `${resource.id} needs re-checking against the service's own site`).toBeLessThanOrEqual(MAX_AGE_DAYS);
    expect(ageDays).toBeGreaterThan(-2);
  });

  it('link only to tel:, sms: or https: addresses', () => {
    for (const action of [...ALL_RESOURCES, EMERGENCY].flatMap((r) => r.actions)) {
      expect(action.href).toMatch(/^(?:tel:\+?\d+|sms:\+?\d+|https:\/\/[a-z0-9.-]+\.[a-z]+(?:\/\S*)?)$/);
      expect(action.label.trim()).not.toBe('');
    }
  });

  it('have unique ids and at least one service per category', () => {
    expect(new Set(ALL_RESOURCES.map((r) => r.id)).size).toBe(ALL_RESOURCES.length);
    for (const category of CRISIS_CATEGORIES) expect(resourcesFor([category]).length, category).toBeGreaterThan(0);
  });

  it('give each category the right services, the one that exists for it first', () => {
    expect(ids(['suicide'])).toEqual(['988-lifeline', 'crisis-text-line']);
    expect(ids(['sexual-assault'])).toEqual(['rainn', '988-lifeline']);
    expect(ids(['partner-violence'])).toEqual(['domestic-violence-hotline']);
    expect(ids(['child-abuse'])).toEqual(['childhelp']);
    expect(ids([])).toEqual([]);
  });

  it('follow the order of the categories given, each service once', () => {
    expect(ids(['suicide', 'sexual-assault'])).toEqual(['988-lifeline', 'crisis-text-line', 'rainn']);
    expect(ids(['child-abuse', 'sexual-assault', 'suicide'])).toEqual(['childhelp', 'rainn', '988-lifeline', 'crisis-text-line']);
  });

  it('write keywords and numbers out in what is shown', () => {
    expect(shown('988-lifeline')).toBe('Call or text 988, or chat at 988lifeline.org');
    expect(shown('crisis-text-line')).toBe('Text HOME to 741741');
    expect(shown('rainn')).toBe('Call 800-656-HOPE (4673); online chat at rainn.org');
    expect(shown('domestic-violence-hotline')).toBe('Call 800-799-SAFE (7233), TTY 800-787-3224, text START to 88788, chat at thehotline.org');
    expect(shown('childhelp')).toBe('Call or text 1-800-422-4453 (1-800-4-A-CHILD)');
    expect(EMERGENCY.description).toBe('If you are in immediate danger, call 911');
    expect(EMERGENCY.actions).toEqual([{ label: 'Call 911', href: 'tel:911' }]);
  });

  it('let a child text Childhelp as well as call, as it offers', () => {
    expect(ALL_RESOURCES.find((r) => r.id === 'childhelp')?.actions.map((a) => a.href)).toEqual(['tel:+18004224453', 'sms:+18004224453']);
  });

  it('never show the retired 988 strings anywhere in src/', () => {
    const src = fileURLToPath(new URL('../../../src', import.meta.url));
    const retired = ['1-800-273-TALK', '273-8255', 'Press 3'];
    const offending = filesUnder(src).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return retired.filter((s) => text.includes(s)).map((s) => `${file}: ${s}`);
    });
    expect(offending).toEqual([]);
  });
});
