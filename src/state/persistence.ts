/**
 * `persist="session"` only: the conversation kept in this tab's sessionStorage, so a reload does not
 * lose it. Never localStorage. Any storage failure (private mode, quota, a blocked API) means the
 * conversation simply is not kept.
 */
import type { Message } from './chat-model.ts';

export interface ConversationStore {
  load(): Message[] | undefined;
  save(messages: readonly Message[]): void;
  clear(): void;
}

const KINDS = new Set(['user', 'answer', 'unanswered', 'crisis', 'error']);

export function conversationStore(storage: Storage | undefined, key: string): ConversationStore | undefined {
  if (!storage) return undefined;
  return {
    load() {
      try {
        const data: unknown = JSON.parse(storage.getItem(key) ?? 'null');
        if (!Array.isArray(data)) return undefined;
        return data.filter(
          (m): m is Message => typeof m === 'object' && m !== null && KINDS.has(m.kind) && typeof m.key === 'number',
        );
      } catch {
        return undefined;
      }
    },
    save(messages) {
      try {
        if (messages.length === 0) storage.removeItem(key);
        else storage.setItem(key, JSON.stringify(messages));
      } catch {
        // Quota or a blocked API: the conversation just is not kept.
      }
    },
    clear() {
      try {
        storage.removeItem(key);
      } catch {
        // Nothing was stored.
      }
    },
  };
}
