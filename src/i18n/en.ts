/**
 * English UI strings the page needs before the panel loads (launcher, quick exit): the reference
 * locale. The panel's own strings load with it (en-panel.ts). Every other locale must provide the same keys.
 */
export const en = {
  dir: 'ltr',
  title: 'Questions about sex therapy',
  launcher: 'Ask a question',
  loading: 'Loading questions…',
  exitCountdown: (left: number) => `Press Shift ${left} more ${left === 1 ? 'time' : 'times'} to exit this page`,
  exiting: 'Exiting this page',
  cleared: 'Conversation cleared',
} as const;

/** The type of a locale's strings: the same keys as English, with strings or functions giving strings. */
export type StringsOf<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends string
      ? string
      : { readonly [C in keyof T[K]]: string };
};

export type Messages = StringsOf<typeof en>;
