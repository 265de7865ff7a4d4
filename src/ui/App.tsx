import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { ChatModel } from '../state/chat-model.ts';
import { readableTextOn } from './contrast.ts';
import { Launcher } from './Launcher.tsx';
import type { PanelProps } from './Panel.tsx';

export interface AppProps {
  model: ChatModel;
  /** The panel component once its chunk has loaded. */
  Panel: ComponentType<PanelProps> | undefined;
  narrow: boolean;
  theme: 'light' | 'dark' | 'auto';
  onIntent: () => void;
}

/** The widget's root: launcher (floating mode), the panel when open, and the status line. */
export function App({ model, Panel, narrow, theme, onIntent }: AppProps) {
  const config = model.config.value;
  const launcher = useRef<HTMLButtonElement>(null);
  const floating = config.mode === 'floating';
  const isOpen = floating ? model.isOpen.value : true;
  const t = model.t.value;

  // Focus returns to the launcher after the panel closes, once the launcher is rendered again.
  const returnFocus = useRef(false);
  const close = () => {
    returnFocus.current = true;
    model.close();
  };
  useEffect(() => {
    if (!isOpen && returnFocus.current) {
      returnFocus.current = false;
      launcher.current?.focus();
    }
  }, [isOpen]);

  // Text on the accent colour is black or white, whichever reads better on the clinic's colour.
  const root = useRef<HTMLDivElement>(null);
  const probe = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const text = probe.current && readableTextOn(getComputedStyle(probe.current).color);
    if (text) root.current?.style.setProperty('--confide-auto-accent-text', text);
  }, [config.accent, theme]);

  const classes = ['root', `pos-${config.position}`, `mode-${config.mode}`, `theme-${theme}`, isOpen ? 'is-open' : ''];
  return (
    <div ref={root} class={classes.join(' ')} dir={t.dir as 'ltr' | 'rtl'} lang={config.lang} style={config.accent ? { '--confide-accent': config.accent } : undefined}>
      {isOpen &&
        (Panel ? (
          <Panel model={model} modal={floating && narrow} onClose={floating ? close : undefined} focusOnMount={floating} />
        ) : (
          <p class="panel loading" role="status">{t.loading}</p>
        ))}
      {floating && !(isOpen && narrow) && (
        <Launcher model={model} buttonRef={launcher} onIntent={onIntent} onToggle={() => (isOpen ? close() : model.open())} />
      )}
      <div class="visually-hidden" role="status" aria-live="polite">{model.liveStatus.value}</div>
      {model.exiting.value && <div class="exit-cover" />}
      <span ref={probe} class="accent-probe" aria-hidden="true" />
    </div>
  );
}
