/**
 * Builds the web app into web/dist. With --if-stale it builds only when a source is newer than the
 * last build, so `npm start` and `npm test` on a fresh clone serve the app without a manual step.
 * Parallel callers (several browser-test files) wait for one build instead of racing. Each text file
 * of the build gets its brotli (.br) and gzip (.gz) copies at the highest levels, which the server
 * sends to browsers that accept them.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { newestChange, withBuildLock } from '../bin/build-support.mjs';

const webDir = dirname(fileURLToPath(import.meta.url));
const repoDir = dirname(webDir);
const builtIndex = join(webDir, 'dist', 'index.html');
const lockDir = join(webDir, '.build-lock');
const LOCK_STALE_MS = 5 * 60_000;

// The client bundles pure helpers from src/domain (from src/app it takes types only).
const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'src/domain', 'package-lock.json'].map((p) => join(repoDir, p));

export function isStale(): boolean {
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return sources.some((source) => newestChange(source) > builtAt);
}

/** Vite is a development dependency: an install without them can still serve an app built before. */
async function importVite(): Promise<typeof import('vite')> {
  try {
    return await import('vite');
  } catch (error) {
    throw new Error(`Building the web app needs the development dependencies (npm install without --omit=dev): ${(error as Error).message}`);
  }
}

const COMPRESSIBLE_FILE = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
/** What @fastify/static does not bother with either: a file this small is sent as it is. */
const PRECOMPRESS_MIN_BYTES = 1024;

/** Writes FILE.br and FILE.gz beside every compressible file under `dir` (a build: web/dist). */
export async function precompress(dir: string): Promise<void> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => COMPRESSIBLE_FILE.test(path) && statSync(path).size >= PRECOMPRESS_MIN_BYTES);
  await Promise.all(
    files.map(async (path) => {
      const content = await readFile(path);
      const [br, gz] = await Promise.all([
        promisify(brotliCompress)(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
        promisify(gzip)(content, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
    }),
  );
}

export async function buildWeb(onlyIfStale: boolean): Promise<void> {
  await withBuildLock(lockDir, LOCK_STALE_MS, async () => {
    if (onlyIfStale && !isStale()) return;
    // A caller's NODE_ENV (vitest sets "test") must not turn the bundle into React's development build.
    process.env.NODE_ENV = 'production';
    const { build } = await importVite();
    await build({ configFile: join(webDir, 'vite.config.ts'), mode: 'production', logLevel: onlyIfStale ? 'warn' : 'info' });
    await precompress(join(webDir, 'dist'));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ifStale = process.argv.includes('--if-stale');
  try {
    await buildWeb(ifStale);
  } catch (error) {
    // Serving a slightly older build beats not starting at all; without any build, say why and stop.
    if (!ifStale || !existsSync(builtIndex)) throw error;
    console.warn(`The web app was not rebuilt (${(error as Error).message}); serving the previous build.`);
  }
}
