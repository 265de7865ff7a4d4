import { ConfideFaqElement } from './confide-element.ts';

export const TAG_NAME = 'confide-faq';

/** Registers `<confide-faq>` once; a second copy of the script (or a second call) is harmless. */
export function defineConfideElement(registry: CustomElementRegistry = customElements): void {
  if (!registry.get(TAG_NAME)) registry.define(TAG_NAME, ConfideFaqElement);
}
