import type { CrisisCategory } from './categories.ts';

/**
 * Crisis services (United States), the one data file a clinic elsewhere replaces. Wording and
 * numbers follow the project's crisis-resource sources exactly; `verifiedOn` is the day an entry was
 * last checked against the service's own site, and a test fails once it is older than 180 days.
 * Never add 988's retired LGBTQ+ option or its old 800 number.
 */

export interface ResourceAction {
  /** Visible text of the link, e.g. "Call 988". */
  readonly label: string;
  /** `tel:`, `sms:` or `https:` only. */
  readonly href: string;
}

export interface Resource {
  readonly id: string;
  readonly name: string;
  /** What to show, word for word: numbers and keywords are always written out ("Text HOME to 741741"). */
  readonly description: string;
  readonly actions: readonly ResourceAction[];
  /** Categories this service serves; the first is the one it exists for (it is listed first there). */
  readonly categories: readonly CrisisCategory[];
  /** ISO date (YYYY-MM-DD) of the last check. */
  readonly verifiedOn: string;
}

export const ALL_RESOURCES: readonly Resource[] = [
  {
    id: '988-lifeline',
    name: '988 Suicide & Crisis Lifeline',
    description: 'Call or text 988, or chat at 988lifeline.org',
    actions: [
      { label: 'Call 988', href: 'tel:988' },
      { label: 'Text 988', href: 'sms:988' },
      { label: 'Chat at 988lifeline.org', href: 'https://988lifeline.org/chat' },
    ],
    categories: ['suicide', 'sexual-assault'],
    verifiedOn: '2026-11-26',
  },
  {
    id: 'crisis-text-line',
    name: 'Crisis Text Line',
    // The keyword is shown in words: an `sms:` body prefill is not honoured on every phone.
    description: 'Text HOME to 741741',
    actions: [{ label: 'Text HOME to 741741', href: 'sms:741741' }],
    categories: ['suicide'],
    verifiedOn: '2026-11-26',
  },
  {
    id: 'rainn',
    name: 'RAINN National Sexual Assault Hotline',
    description: 'Call 800-656-HOPE (4673); online chat at rainn.org',
    actions: [
      { label: 'Call 800-656-HOPE (4673)', href: 'tel:+18006564673' },
      { label: 'Chat at rainn.org', href: 'https://rainn.org' },
    ],
    categories: ['sexual-assault'],
    verifiedOn: '2026-11-26',
  },
  {
    id: 'domestic-violence-hotline',
    name: 'National Domestic Violence Hotline',
    description: 'Call 800-799-SAFE (7233), TTY 800-787-3224, text START to 88788, chat at thehotline.org',
    actions: [
      { label: 'Call 800-799-SAFE (7233)', href: 'tel:+18007997233' },
      { label: 'Text START to 88788', href: 'sms:88788' },
      { label: 'Chat at thehotline.org', href: 'https://www.thehotline.org' },
    ],
    categories: ['partner-violence'],
    verifiedOn: '2026-11-26',
  },
  {
    id: 'childhelp',
    name: 'Childhelp National Child Abuse Hotline',
    description: 'Call or text 1-800-422-4453 (1-800-4-A-CHILD)',
    // "Call or text" the same number (SOURCES.md): a child near the person harming them may only be able to text.
    actions: [
      { label: 'Call 1-800-422-4453', href: 'tel:+18004224453' },
      { label: 'Text 1-800-422-4453', href: 'sms:+18004224453' },
    ],
    categories: ['child-abuse'],
    verifiedOn: '2026-11-26',
  },
];

/** Shown with every crisis notice and in "Get help now", whatever the category. */
export const EMERGENCY: Resource = {
  id: 'emergency-911',
  name: 'Emergency',
  description: 'If you are in immediate danger, call 911',
  actions: [{ label: 'Call 911', href: 'tel:911' }],
  categories: ['suicide', 'child-abuse', 'sexual-assault', 'partner-violence'],
  verifiedOn: '2026-11-26',
};

/**
 * The services for `categories`, in the caller's order (pass `detectCrisis` output: most urgent
 * first); within a category, those that exist for it come before those that also serve it; each
 * service once. EMERGENCY is not included: the notice always shows it on its own line.
 */
export function resourcesFor(categories: readonly CrisisCategory[]): Resource[] {
  const chosen = new Map<string, Resource>();
  for (const category of categories) {
    const ranked = ALL_RESOURCES.filter((resource) => resource.categories.includes(category)).sort(
      (a, b) => a.categories.indexOf(category) - b.categories.indexOf(category),
    );
    for (const resource of ranked) if (!chosen.has(resource.id)) chosen.set(resource.id, resource);
  }
  return [...chosen.values()];
}
