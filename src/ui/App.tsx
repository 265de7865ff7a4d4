import type { ComponentType } from 'preact';
import type { ChatModel } from '../state/chat-model.ts';
import type { PanelProps } from './Panel.tsx';

export interface AppProps {
  model: ChatModel;
  /** The panel component once its chunk has loaded. */
  Panel: ComponentType<PanelProps> | undefined;
  narrow: boolean;
  /** Closing from the panel (floating mode): focus then returns to the launcher. */
  onClose: () => void;
}

/**
 * What Preact renders of the widget: the panel when open (or a loading line while its chunk comes).
 * The launcher, the status line and the exit cover are the element's own plain DOM, so a page whose
 * visitor never opens the widget never loads Preact (see confide-element.ts).
 */
export function App({ model, Panel, narrow, onClose }: AppProps) {
  const floating = model.config.value.mode === 'floating';
  const isOpen = floating ? model.isOpen.value : true;
  if (!isOpen) return null;
  return Panel ? (
    <Panel model={model} modal={floating && narrow} onClose={floating ? onClose : undefined} focusOnMount={floating} />
  ) : (
    <p class="panel loading" role="status">{model.t.value.loading}</p>
  );
}
