import { defineConfig } from 'vite';

/** Builds the demo's own script (the "try your FAQ file" page) into demo/build/, apart from dist/. */
export default defineConfig({
  build: {
    outDir: 'demo/build',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    rollupOptions: { input: { try: 'demo/try.ts' }, output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' } },
  },
});
