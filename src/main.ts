/**
 * The widget's ES-module entry, loaded by the classic `confide.js` bootstrap with the script tag that
 * included it. Registers `<confide-faq>` and, unless the page already has one, mounts a floating one
 * configured from the script tag's data-* options (CONTRACT §1).
 */
import { defineConfideElement, TAG_NAME } from './element/define.ts';

/** data-* option on the script tag → attribute on the element. */
const SCRIPT_OPTIONS = ['faq', 'lang', 'accent', 'position', 'persist', 'exit-url', 'share-questions', 'theme'] as const;

export function boot(script: HTMLScriptElement | null): void {
  defineConfideElement();
  const mount = () => {
    if (document.querySelector(TAG_NAME)) return;
    const el = document.createElement(TAG_NAME);
    for (const name of SCRIPT_OPTIONS) {
      const value = script?.getAttribute(`data-${name}`);
      if (value !== null && value !== undefined) el.setAttribute(name, value);
    }
    document.body.append(el);
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
}
