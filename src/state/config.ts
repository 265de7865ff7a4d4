/**
 * Widget options, read once at the edge from the element's attributes (which mirror the script
 * tag's data-* options): absent attributes become defaults here and nowhere else.
 */
import { resolveLang } from '../i18n/locale.ts';

export type Mode = 'floating' | 'inline';
export type Position = 'right' | 'left';
export type Persist = 'none' | 'session';

export interface WidgetConfig {
  readonly faqUrl: string | undefined;
  readonly lang: string;
  readonly accent: string | undefined;
  readonly position: Position;
  readonly persist: Persist;
  readonly exitUrl: string;
  readonly mode: Mode;
  readonly open: boolean;
  /** Events carry the visitor's text only when the clinic opts in (`share-questions`). */
  readonly shareQuestions: boolean;
  /** sessionStorage key for `persist="session"`: one per widget id on a page. */
  readonly storageKey: string;
}

/** Neutral, widely used, and says nothing about the page the visitor left. */
export const DEFAULT_EXIT_URL = 'https://www.google.com/';

export const CONFIG_ATTRIBUTES = ['faq', 'lang', 'accent', 'position', 'persist', 'exit-url', 'mode', 'open', 'share-questions', 'id'] as const;

type Attr = (name: (typeof CONFIG_ATTRIBUTES)[number]) => string | null;

export function readConfig(attr: Attr, pageLang: string | null): WidgetConfig {
  const exit = attr('exit-url')?.trim();
  return {
    faqUrl: attr('faq')?.trim() || undefined,
    lang: resolveLang(attr('lang'), pageLang),
    accent: attr('accent')?.trim() || undefined,
    position: attr('position') === 'left' ? 'left' : 'right',
    persist: attr('persist') === 'session' ? 'session' : 'none',
    exitUrl: exit && isHttpUrl(exit) ? exit : DEFAULT_EXIT_URL,
    mode: attr('mode') === 'inline' ? 'inline' : 'floating',
    open: attr('open') !== null && attr('open') !== 'false',
    shareQuestions: attr('share-questions') !== null && attr('share-questions') !== 'false',
    storageKey: `confide:conversation${attr('id') ? `:${attr('id')}` : ''}`,
  };
}

/** The exit destination must be a web page: a `javascript:` exit URL would be an attack, not an exit. */
function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value, 'https://example.invalid/');
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
