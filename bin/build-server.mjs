/**
 * Compiles the server and CLI (src/) into JavaScript, dist/server/main.js and its chunks, so that running
 * them loads neither TypeScript nor tsx. It compiles only when a source is newer than the last build
 * (`--if-stale`, what `npm start` and bin/portfolio-kanban do), so a checkout runs what its sources say.
 * Packages stay imports from node_modules, but for BUNDLED_PACKAGES; the code is not minified, so stack
 * traces stay readable.
 * Parallel callers (test files starting the CLI) wait for one build instead of racing; the build is
 * written beside its place and renamed, so nobody reads half of it.
 *
 * The bundle sits two folders below the checkout, like the sources, so that the paths the server
 * resolves from its own module (web/dist, web/index.html) are the same compiled or not.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newestChange, withBuildLock } from './build-support.mjs';

const repoDir = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = join(repoDir, 'dist', 'server');
const SERVER_MODULE = join(outDir, 'main.js');
const lockDir = join(repoDir, 'dist', '.server-build-lock');
const LOCK_STALE_MS = 2 * 60_000;

/**
 * Packages compiled into the server rather than imported from node_modules. Each is an ES module of some
 * hundreds of files (typebox 373 at start, kysely 263), and the engine keeps a record, a scope and the
 * source of every module file it loads: bundled, and trimmed to what the server uses, the started server's
 * resident memory is 7 MB lower (92 against 85 MB). Packages of a few files gain nothing measurable.
 */
const BUNDLED_PACKAGES = new Set(['typebox', 'kysely']);

/**
 * Leaves every other package an import from node_modules, as esbuild's `packages: 'external'` would, the
 * bundled packages' own imports included: a package bundled here must import no other package. The bundled
 * ones lose their comments (esbuild keeps documentation comments): they were a quarter of their text, and
 * some hold characters outside ASCII (see test/production-start.test.ts).
 */
const bundleOnlyBundledPackages = (transform) => ({
  name: 'bundle-only-bundled-packages',
  setup(build) {
    // A bare specifier: neither relative (./, ../) nor absolute.
    build.onResolve({ filter: /^[^./]/ }, ({ path }) => {
      const packageName = path.split('/', path.startsWith('@') ? 2 : 1).join('/');
      return BUNDLED_PACKAGES.has(packageName) ? undefined : { path, external: true };
    });
    const bundledFile = new RegExp(`/node_modules/(${[...BUNDLED_PACKAGES].join('|')})/.*\\.m?js$`);
    build.onLoad({ filter: bundledFile }, async ({ path }) => ({
      contents: (await transform(readFileSync(path, 'utf8'), { loader: 'js', format: 'esm', minifyWhitespace: true })).code,
      loader: 'js',
    }));
  },
});

const sources = ['src', 'bin/build-server.mjs', 'bin/build-support.mjs', 'package-lock.json', 'tsconfig.json'].map((p) => join(repoDir, p));

export function isStale() {
  if (!existsSync(SERVER_MODULE)) return true;
  const builtAt = statSync(SERVER_MODULE).mtimeMs;
  return sources.some((source) => newestChange(source) > builtAt);
}

/** esbuild is a development dependency: an install without them can still run a server built before. */
async function importEsbuild() {
  try {
    return await import('esbuild');
  } catch (error) {
    throw new Error(`Compiling the server needs the development dependencies (npm install without --omit=dev): ${error.message}`);
  }
}

export async function buildServer(onlyIfStale) {
  mkdirSync(dirname(lockDir), { recursive: true });
  await withBuildLock(lockDir, LOCK_STALE_MS, async () => {
    if (onlyIfStale && !isStale()) return;
    const { build, transform } = await importEsbuild();
    const partial = `${outDir}.${process.pid}.tmp`;
    rmSync(partial, { recursive: true, force: true });
    await build({
      entryPoints: { main: join(repoDir, 'src', 'cli', 'main.ts') },
      outdir: partial,
      bundle: true,
      // Each command keeps its own chunk, so `metrics` does not load the web server's packages.
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      plugins: [bundleOnlyBundledPackages(transform)],
      logLevel: 'warning',
    });
    rmSync(outDir, { recursive: true, force: true });
    renameSync(partial, outDir);
  });
}

/**
 * The compiled entry module's URL, compiled first when stale. Without esbuild, a previous build is run
 * with a warning rather than nothing at all.
 */
export async function compiledServer() {
  if (!isStale()) return SERVER_MODULE;
  try {
    await buildServer(true);
  } catch (error) {
    if (!existsSync(SERVER_MODULE)) throw error;
    console.warn(`The server was not recompiled (${error.message}); running the previous build.`);
  }
  return pathToFileURL(SERVER_MODULE).href;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ifStale = process.argv.includes('--if-stale');
  if (ifStale) await compiledServer();
  else await buildServer(false);
}
