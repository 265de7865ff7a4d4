/**
 * happy-dom setup. DOMPurify gives wrong results under happy-dom (cure53/DOMPurify#1457,
 * capricorn86/happy-dom#2182): it reads nodeName through Node.prototype, which happy-dom answers
 * with ''. The tripwire fails any dom test that reaches the sanitiser; sanitiser tests run in Chromium.
 */
import { vi } from 'vitest';

vi.mock('dompurify', () => ({
  default: new Proxy(
    {},
    {
      get() {
        throw new Error('DOMPurify is not reliable under happy-dom: test sanitised output in test/browser (real Chromium).');
      },
    },
  ),
}));
