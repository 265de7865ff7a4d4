/**
 * "Try your FAQ file": checks a clinic's file in the browser with the same validator as `npm run
 * check`, loads it into a live widget through `setFaq`, and writes the embed snippet.
 */
import { validateFaqText, type Problem } from '../src/corpus/validate.ts';
import { MAX_FAQ_BYTES } from '../src/engine/clinic-file.ts';
import { bundled } from '../src/generated/corpus-en.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const text = $<HTMLTextAreaElement>('faq-text');
const report = $<HTMLDivElement>('report');
const preview = $<HTMLElement & { setFaq(data: object): void }>('preview');
const knownIds = bundled.entries.map(([e]) => e.id);

/** The same limit the widget applies to a file it fetches: a larger file would never load on a site. */
function tooLarge(bytes: number): Problem | undefined {
  if (bytes <= MAX_FAQ_BYTES) return undefined;
  return {
    severity: 'error',
    path: '(the file)',
    message: `is ${(bytes / 1024 / 1024).toFixed(1)} MiB, and the widget does not load a file over ${MAX_FAQ_BYTES / 1024 / 1024} MiB`,
    expected: 'shorter answers, or fewer entries',
  };
}

function check(): void {
  const size = tooLarge(new Blob([text.value]).size);
  const checked = size ? { file: undefined, problems: [size] } : validateFaqText(text.value, knownIds);
  const { file, problems } = checked;
  report.replaceChildren();
  const summary = document.createElement('p');
  const errors = problems.filter((p) => p.severity === 'error').length;
  summary.className = errors ? 'error' : 'ok';
  summary.textContent = errors
    ? `${errors} ${errors === 1 ? 'error' : 'errors'}: the widget would ignore this file and use its built-in answers, as the live widget below now does.`
    : `Valid${problems.length ? ` (${problems.length} warnings)` : ''}: the live widget below now uses it.`;
  const list = document.createElement('ul');
  for (const p of problems) {
    const li = document.createElement('li');
    li.className = p.severity;
    li.textContent = `${p.severity === 'warning' ? 'warning: ' : ''}${p.path}: ${p.message}${p.expected ? ` (expected ${p.expected})` : ''}`;
    list.append(li);
  }
  report.append(summary, list);
  // What a site would show: this file, or the built-in answers alone (an extend file with no entries).
  const shown = file ? (JSON.parse(text.value) as object) : { entries: [] };
  void customElements.whenDefined('confide-faq').then(() => preview.setFaq(shown));
}

/** An attribute value as HTML needs it, whatever the admin typed. */
const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The accent is written into the snippet only once chosen: the widget's own has a dark-mode variant. */
let accentChosen = false;

function snippet(): void {
  const accent = $<HTMLInputElement>('accent').value;
  const position = $<HTMLSelectElement>('position').value;
  const lang = $<HTMLSelectElement>('lang').value;
  const url = $<HTMLInputElement>('faq-url').value.trim();
  if (accentChosen) preview.setAttribute('accent', accent);
  preview.setAttribute('lang', lang);
  const attrs = [
    url && `data-faq="${attribute(url)}"`,
    accentChosen && `data-accent="${attribute(accent)}"`,
    position !== 'right' && `data-position="${attribute(position)}"`,
    lang !== 'en' && `data-lang="${attribute(lang)}"`,
  ]
    .filter(Boolean)
    .join(' ');
  $('snippet').textContent = `<script src="/confide/confide.js" ${attrs} defer></script>`;
  // "Copied." would now describe an older snippet.
  $('copied').textContent = '';
}

$('check').addEventListener('click', check);
$('load-example').addEventListener('click', async () => {
  text.value = await (await fetch('/faq/examples/clinic.json')).text();
  check();
});
$('copy').addEventListener('click', async () => {
  try {
    // Missing where the page is not a secure context (plain http on a network address).
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText($('snippet').textContent ?? '');
    $('copied').textContent = 'Copied.';
  } catch {
    getSelection()?.selectAllChildren($('snippet'));
    $('copied').textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
});
$('accent').addEventListener('input', () => (accentChosen = true));
for (const id of ['accent', 'position', 'lang', 'faq-url']) $(id).addEventListener('input', snippet);
text.addEventListener('dragover', (e) => {
  e.preventDefault();
  text.classList.add('drop');
});
text.addEventListener('dragleave', () => text.classList.remove('drop'));
text.addEventListener('drop', async (e) => {
  e.preventDefault();
  text.classList.remove('drop');
  const file = e.dataTransfer?.files[0];
  if (file) {
    text.value = await file.text();
    check();
  }
});
snippet();
