/**
 * The element's own DOM, drawn without a framework so that a page whose visitor never opens the
 * widget loads none: the launcher, Preact's slot for the panel, the line shown while the panel loads,
 * the status line, the exit cover and the probe that reads the accent colour. `ConfideFaqElement` keeps it in step with the model.
 */
const SVG = 'http://www.w3.org/2000/svg';

/** The element's own DOM, built once per shadow root. */
export interface Shell {
  readonly root: HTMLDivElement;
  readonly slot: HTMLDivElement;
  /** Shown in the panel's place while its code loads. */
  readonly loading: HTMLParagraphElement;
  readonly launcher: HTMLButtonElement;
  readonly label: HTMLSpanElement;
  readonly status: HTMLDivElement;
  readonly cover: HTMLDivElement;
  readonly probe: HTMLSpanElement;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = cls;
  return e;
}

export function buildShell(): Shell {
  const root = el('div', 'root');
  const slot = el('div', 'app');
  const loading = el('p', 'panel loading');
  loading.setAttribute('role', 'status');
  const launcher = el('button', 'launcher');
  launcher.type = 'button';
  launcher.setAttribute('part', 'launcher');
  launcher.setAttribute('aria-controls', 'confide-panel');
  const icon = document.createElementNS(SVG, 'svg');
  for (const [k, v] of [['viewBox', '0 0 24 24'], ['width', '22'], ['height', '22'], ['aria-hidden', 'true'], ['focusable', 'false']]) icon.setAttribute(k!, v!);
  const path = document.createElementNS(SVG, 'path');
  for (const [k, v] of [['d', 'M4 5h16v11H9l-5 4z'], ['fill', 'none'], ['stroke', 'currentColor'], ['stroke-width', '2'], ['stroke-linejoin', 'round']]) path.setAttribute(k!, v!);
  icon.append(path);
  const label = el('span', 'launcher-label');
  launcher.append(icon, label);
  const status = el('div', 'visually-hidden');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const cover = el('div', 'exit-cover');
  const probe = el('span', 'accent-probe');
  probe.setAttribute('aria-hidden', 'true');
  root.append(slot, launcher, status, probe);
  return { root, slot, loading, launcher, label, status, cover, probe };
}
