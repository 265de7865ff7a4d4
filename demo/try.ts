/**
 * "Try your FAQ file": checks a clinic's file in the browser with the same validator as `npm run
 * check`, loads it into a live widget through `setFaq`, and writes the embed snippet.
 */
import { validateFaqText } from '../src/corpus/validate.ts';
import { bundled } from '../src/generated/corpus-en.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const text = $<HTMLTextAreaElement>('faq-text');
const report = $<HTMLDivElement>('report');
const preview = $<HTMLElement & { setFaq(data: object): void }>('preview');
const knownIds = bundled.entries.map(([e]) => e.id);

function check(): void {
  const { file, problems } = validateFaqText(text.value, knownIds);
  report.replaceChildren();
  const summary = document.createElement('p');
  const errors = problems.filter((p) => p.severity === 'error').length;
  summary.className = errors ? 'error' : 'ok';
  summary.textContent = errors
    ? `${errors} ${errors === 1 ? 'error' : 'errors'}: the widget would ignore this file and use its built-in answers.`
    : `Valid${problems.length ? ` (${problems.length} warnings)` : ''}: the live widget below now uses it.`;
  const list = document.createElement('ul');
  for (const p of problems) {
    const li = document.createElement('li');
    li.className = p.severity;
    li.textContent = `${p.severity === 'warning' ? 'warning: ' : ''}${p.path}: ${p.message}${p.expected ? ` (expected ${p.expected})` : ''}`;
    list.append(li);
  }
  report.append(summary, list);
  if (file) customElements.whenDefined('confide-faq').then(() => preview.setFaq(JSON.parse(text.value) as object));
}

function snippet(): void {
  const accent = $<HTMLInputElement>('accent').value;
  const position = $<HTMLSelectElement>('position').value;
  const lang = $<HTMLSelectElement>('lang').value;
  const url = $<HTMLInputElement>('faq-url').value.trim();
  preview.setAttribute('accent', accent);
  preview.setAttribute('lang', lang);
  const attrs = [url && `data-faq="${url}"`, `data-accent="${accent}"`, position !== 'right' && `data-position="${position}"`, lang !== 'en' && `data-lang="${lang}"`]
    .filter(Boolean)
    .join(' ');
  $('snippet').textContent = `<script src="/confide/confide.js" ${attrs} defer></script>`;
}

$('check').addEventListener('click', check);
$('load-example').addEventListener('click', async () => {
  text.value = await (await fetch('/faq/examples/clinic.json')).text();
  check();
});
$('copy').addEventListener('click', async () => {
  await navigator.clipboard.writeText($('snippet').textContent ?? '');
  $('copied').textContent = 'Copied.';
});
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
