import { defineConfig } from 'vitest/config';
import { confideBootstrap } from './scripts/vite-bootstrap.ts';

/**
 * Two entries: `confide.js`, a classic-script bootstrap a clinic embeds (no `import` statements, so
 * `<script src defer>` works), and `confide-main-[hash].js`, the ES module it loads relative to its own
 * URL. Everything else is split into chunks loaded on first intent.
 */
export default defineConfig({
  build: {
    outDir: 'dist',
    target: 'es2022',
    modulePreload: false,
    cssCodeSplit: false,
    reportCompressedSize: false,
    // Library mode: no Vite preload helper, which would add <link> elements to the host page.
    lib: { entry: { confide: 'src/bootstrap.ts', 'confide-main': 'src/main.ts' }, formats: ['es'] },
    minify: 'oxc',
    rollupOptions: {
      output: {
        // Library mode keeps whitespace in ES output; a widget on a clinic's page wants every byte gone.
        minify: true,
        entryFileNames: (chunk) => (chunk.name === 'confide' ? 'confide.js' : '[name]-[hash].js'),
        chunkFileNames: '[name]-[hash].js',
        assetFileNames: '[name]-[hash][extname]',
      },
      preserveEntrySignatures: 'exports-only',
    },
  },
  plugins: [confideBootstrap()],
  test: {
    projects: [
      {
        extends: true,
        // CLI tests start tsx child processes: seconds each on a busy two-core machine.
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['test/dom/**/*.test.{ts,tsx}'],
          setupFiles: ['test/dom/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
