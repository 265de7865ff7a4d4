import type { ChatModel } from '../state/chat-model.ts';

/** The floating disclosure button. Pointer or focus on it starts loading the panel (first intent). */
export function Launcher({ model, onToggle, onIntent, buttonRef }: {
  model: ChatModel;
  onToggle: () => void;
  onIntent: () => void;
  buttonRef: { current: HTMLButtonElement | null };
}) {
  const open = model.isOpen.value;
  return (
    <button
      ref={buttonRef}
      type="button"
      class="launcher"
      part="launcher"
      aria-expanded={open}
      aria-controls="confide-panel"
      onClick={onToggle}
      onPointerEnter={onIntent}
      onFocus={onIntent}
      onTouchStart={onIntent}
    >
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          d="M4 5h16v11H9l-5 4z"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linejoin="round"
        />
      </svg>
      <span class="launcher-label">{model.t.value.launcher}</span>
    </button>
  );
}
