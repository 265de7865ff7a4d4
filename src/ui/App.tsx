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
 * What Preact renders of the widget: the panel when open. The launcher, the line shown while the
 * panel loads, the status line and the exit cover are the element's own plain DOM, so a page whose
 * visitor never opens the widget never loads Preact (see confide-element.ts).
 */
export function App({ model, Panel, narrow, onClose }: AppProps) {
  const floating = model.config.value.mode === 'floating';
  const isOpen = floating ? model.isOpen.value : true;
  if (!isOpen) return null;
  return <Panel model={model} modal={floating && narrow} onClose={floating ? onClose : undefined} focusOnMount={floating} />;
}
