import type { ComponentType } from 'preact';
import type { ChatModel } from '../state/chat-model.ts';
import type { PanelProps } from './Panel.tsx';

export interface AppProps {
  model: ChatModel;
  Panel: ComponentType<PanelProps>;
  narrow: boolean;
  /** Closing from the panel (floating mode): focus then returns to the launcher. */
  onClose: () => void;
}

/**
 * What Preact renders of the widget: the panel, hidden while closed. It is rendered on first intent,
 * before the visitor clicks, so opening only shows it: rendering it inside the click made opening one
 * long task on a slow phone. The launcher, the line shown while the panel loads, the status line and
 * the exit cover are the element's own plain DOM, so a page whose visitor never reaches for the widget
 * never loads Preact (see confide-element.ts).
 */
export function App({ model, Panel, narrow, onClose }: AppProps) {
  const floating = model.config.value.mode === 'floating';
  const isOpen = floating ? model.isOpen.value : true;
  return <Panel model={model} modal={floating && narrow} hidden={!isOpen} onClose={floating ? onClose : undefined} focusOnMount={floating} />;
}
