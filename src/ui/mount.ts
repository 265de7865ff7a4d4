/**
 * Loaded on first intent: mounts the Preact part of the widget (see App) into its slot in the shadow
 * root, re-rendering as the signals it reads change.
 */
import { h, render, type ComponentType } from 'preact';
// For its effect: components re-render when a signal they read changes.
import '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import type { ChatModel } from '../state/chat-model.ts';
import { App } from './App.tsx';
import type { PanelProps } from './Panel.tsx';

export interface MountProps {
  model: ChatModel;
  Panel: ComponentType<PanelProps>;
  narrow: ReadonlySignal<boolean>;
  onClose: () => void;
}

function Root({ model, Panel, narrow, onClose }: MountProps) {
  return h(App, { model, Panel, narrow: narrow.value, onClose });
}

export function mountApp(slot: Element, props: MountProps): () => void {
  render(h(Root, props), slot);
  return () => render(null, slot);
}
