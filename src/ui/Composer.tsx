import { useLayoutEffect, useState } from 'preact/hooks';
import type { PanelMessages } from '../i18n/panel-locale.ts';
import type { ChatModel } from '../state/chat-model.ts';
import { MAX_QUESTION_LENGTH } from '../state/chat-model.ts';

/** The counter appears when a question gets this close to the limit. */
const COUNTER_FROM = MAX_QUESTION_LENGTH - 100;

/**
 * Scrolls the panel to its end when it overflows (a phone held sideways, 400% zoom) and the text box
 * has focus, so that the box is not left below the fold (WCAG 2.4.11): opening focuses it without
 * scrolling, and suggestions appearing above it push it down. Only the panel scrolls, never the page.
 */
export function keepInView(input: HTMLInputElement | null): void {
  // Focus first: reading the panel's heights forces a layout, which the hidden panel rendered on
  // first intent must not pay inside that render.
  if (!input || (input.getRootNode() as Document | ShadowRoot).activeElement !== input) return;
  const panel = input.closest<HTMLElement>('.panel');
  if (panel && panel.scrollHeight > panel.clientHeight) panel.scrollTop = panel.scrollHeight;
}

/**
 * The text box, as a WAI-ARIA combobox: matching questions appear while the visitor types, arrows
 * move through them, Enter asks the highlighted one (or the typed text).
 * `spellcheck` is off: browsers' enhanced spell checkers can send the text to a cloud service.
 */
export function Composer({ model, t, inputRef }: { model: ChatModel; t: PanelMessages; inputRef: { current: HTMLInputElement | null } }) {
  const options = model.typeahead.value;
  const engine = model.engine.value;
  const [active, setActive] = useState(-1);
  const draft = model.draft.value;
  const activeIndex = active < options.length ? active : -1;
  const expanded = options.length > 0;
  useLayoutEffect(() => keepInView(inputRef.current), [options.length]);

  const send = () => {
    const chosen = activeIndex >= 0 ? options[activeIndex] : undefined;
    setActive(-1);
    if (chosen) model.askEntry(chosen.id);
    else void model.ask(draft);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      send();
    } else if (e.key === 'ArrowDown' && expanded) {
      e.preventDefault();
      setActive((activeIndex + 1) % options.length);
    } else if (e.key === 'ArrowUp' && expanded) {
      e.preventDefault();
      setActive(activeIndex <= 0 ? options.length - 1 : activeIndex - 1);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      e.stopPropagation();
      setActive(-1);
      model.dismissTypeahead();
    }
  };

  return (
    <div class="composer" part="composer">
      {expanded && engine && (
        <ul id="confide-typeahead" class="typeahead" role="listbox" aria-label={t.suggestionsLabel}>
          {options.map((o, i) => (
            <li
              key={o.id}
              id={`confide-option-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              class={i === activeIndex ? 'option active' : 'option'}
              onPointerDown={(e) => e.preventDefault()}
              onClick={() => {
                setActive(-1);
                model.askEntry(o.id);
              }}
            >
              {engine.question(o.id)}
            </li>
          ))}
        </ul>
      )}
      <div class="composer-row">
        <input
          ref={inputRef}
          type="text"
          class="input"
          part="input"
          role="combobox"
          aria-label={t.inputLabel}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls="confide-typeahead"
          aria-activedescendant={activeIndex >= 0 ? `confide-option-${activeIndex}` : undefined}
          aria-describedby={draft.length >= COUNTER_FROM ? 'confide-counter' : undefined}
          placeholder={t.inputPlaceholder}
          autocomplete="off"
          autocorrect="off"
          autocapitalize="sentences"
          spellcheck={false}
          maxLength={MAX_QUESTION_LENGTH}
          enterKeyHint="send"
          value={draft}
          onInput={(e) => {
            setActive(-1);
            model.draft.value = (e.currentTarget as HTMLInputElement).value;
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" class="send" part="send-button" onClick={send} disabled={draft.trim() === ''}>
          {t.send}
        </button>
      </div>
      {draft.length >= COUNTER_FROM && (
        <p id="confide-counter" class="counter" aria-live="polite">{t.charCount(draft.length, MAX_QUESTION_LENGTH)}</p>
      )}
    </div>
  );
}
