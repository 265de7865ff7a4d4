/**
 * `confide.js`: the one file a clinic includes with a classic `<script src defer>`. It has no
 * `import` statements (a classic script cannot), and loads the ES-module entry relative to its own
 * URL, so every file comes from the folder confide.js was served from. The build replaces
 * `__CONFIDE_MAIN__` with the hashed file name of that entry.
 */
(() => {
  const script =
    (document.currentScript as HTMLScriptElement | null) ??
    Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]')).find((s) => /confide(\.min)?\.js(\?|#|$)/.test(s.src)) ??
    null;
  const base = script?.src || document.baseURI;
  // Not import() at once: a page's first import() sets up module loading, and here it ran in the
  // parser's task, which also lays the page out (that task: median 51 ms against 17 when deferred,
  // ten loads each at 4x CPU throttling).
  setTimeout(() =>
    import(/* @vite-ignore */ new URL('__CONFIDE_MAIN__', base).href).then(
      // Booting in a task of its own keeps evaluating the modules and building the element apart:
      // together they made one long task on a slow phone.
      (m: { boot(script: HTMLScriptElement | null): void }) => setTimeout(() => m.boot(script)),
      (e: Error) => console.warn(`Confide could not load its files next to confide.js: ${e.message}`),
    ),
  );
})();
