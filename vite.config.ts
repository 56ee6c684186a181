// Builds the web app (src/web) into dist/web; in dev, proxies the API to the local server.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url))
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url))

/** Keeps the app root even when a caller passes its own `root` (the server's build-if-missing does). */
function pinRoot(): Plugin {
  return { name: 'neuguong-pin-root', config: () => ({ root: webRoot }) }
}

/**
 * Writes .br and .gz beside each text asset, once at build time: the server sends them to browsers that accept them
 * (a slow upland connection downloads about a third of the bytes) and spends no CPU compressing per request.
 */
function precompress(): Plugin {
  return {
    name: 'neuguong-precompress',
    apply: 'build',
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
      for (const file of walk(outDir).filter((f) => /\.(js|css|html|svg|json)$/.test(f))) {
        const data = readFileSync(file)
        if (data.length < 1024) continue
        writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }))
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }))
      }
    },
  }
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), pinRoot(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    // Small assets stay files: the favicon must be a file, and nothing else benefits from inlining.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Vendor code in a few long-cached chunks, so an app update re-downloads only the app's own code.
        codeSplitting: {
          groups: [
            // A group takes its modules' dependencies too, higher priority first: React and Mantine's core go to their
            // own chunks before the charts (@mantine/charts, recharts and what only they use) take theirs, which is then
            // loaded with the dashboard alone, never at start-up.
            // The rich-text editor (tiptap, ProseMirror) only on the pages that edit a story.
            { name: 'editor', test: /node_modules[\\/](@mantine[\\/]tiptap|@tiptap|prosemirror-[a-z-]+|linkifyjs|orderedmap|rope-sequence|w3c-keyname|crelt|fast-equals)[\\/]/, priority: 2 },
            { name: 'mantine', test: /node_modules[\\/](@mantine[\\/](?!charts[\\/]|tiptap[\\/])|@floating-ui[\\/])/, priority: 4 },
            { name: 'icons', test: /node_modules[\\/]@tabler[\\/]/, priority: 4 },
            // use-sync-external-store: react-i18next's as well as the charts'.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store)[\\/]/, priority: 3 },
            { name: 'charts', test: /node_modules[\\/](@mantine[\\/]charts|recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|react-redux|redux|redux-thunk|immer|reselect|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant)[\\/]/, priority: 2 },
            { name: 'libs', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    // Only the server's routes: src/web/api/*.ts are the app's own modules.
    proxy: { '^/api/(v1|health|openapi.json|docs)': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
})
