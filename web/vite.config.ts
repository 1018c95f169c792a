import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type IndexHtmlTransformContext, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;
type Chunk = Extract<Bundle[string], { type: 'chunk' }>;

/**
 * Names the board page's code (its chunk, the chunks it needs beyond the entry's, and their CSS) in a
 * `<meta name="board-code">` of index.html. The page's inline script preloads them when the address is a
 * board's, so that they download beside the app's entry rather than after it. A meta tag, not a script:
 * the inline script stays as written, and so does its hash in the Content-Security-Policy.
 */
function boardCodeMeta(): Plugin {
  return {
    name: 'board-code-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((output): output is Chunk => output.type === 'chunk');
        const page = chunks.find((chunk) => chunk.isDynamicEntry && chunk.facadeModuleId?.endsWith('/src/board/BoardPage.tsx'));
        if (!page) throw new Error('board-code-meta: the build has no chunk for src/board/BoardPage.tsx');
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const entry = new Set<string>();
        const addEntry = (name: string) => {
          if (entry.has(name)) return;
          entry.add(name);
          byName.get(name)?.imports.forEach(addEntry);
        };
        chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => addEntry(chunk.fileName));
        const files = new Set<string>();
        const add = (name: string) => {
          const chunk = byName.get(name);
          if (!chunk || entry.has(name) || files.has(name)) return;
          files.add(name);
          chunk.viteMetadata?.importedCss.forEach((css) => files.add(css));
          chunk.imports.forEach(add);
        };
        add(page.fileName);
        return [{ tag: 'meta', attrs: { name: 'board-code', content: [...files].map((file) => `/${file}`).join(' ') }, injectTo: 'head-prepend' }];
      },
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), boardCodeMeta()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The initial bundle must stay under 300 KB gzipped: report anything that grows past it.
    chunkSizeWarningLimit: 300,
  },
  server: {
    // The client imports types and pure helpers from ../src (shared with the server).
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
    proxy: { '/api': { target: 'http://127.0.0.1:3000', ws: true } },
  },
});
