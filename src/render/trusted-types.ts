/**
 * The widget's one Trusted Types policy, named `confide` (CONTRACT §2). It is handed to DOMPurify
 * only, which uses it to parse a clinic's Markdown output into an inert document; nothing else in the
 * widget writes HTML strings. Created once per page (ES modules are shared by every widget instance).
 */
import type { TrustedHtmlPolicy } from './markdown.ts';

export const POLICY_NAME = 'confide';

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(s: string): string; createScriptURL(s: string): string }): TrustedHtmlPolicy;
}

let policy: TrustedHtmlPolicy | undefined | null;

/** The policy, or undefined where the browser has no Trusted Types (then none is needed). */
export function confidePolicy(): TrustedHtmlPolicy | undefined {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    policy = tt
      ? tt.createPolicy(POLICY_NAME, {
          createHTML: (s) => s,
          // DOMPurify requires the hook; the widget never loads a script from a string.
          createScriptURL: () => '',
        })
      : null;
  }
  return policy ?? undefined;
}
