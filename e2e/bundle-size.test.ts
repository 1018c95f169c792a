import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { E2E_TIMEOUT_MS } from './support/app';
import { ensureWebBuild } from './support/web-build';

const dist = fileURLToPath(new URL('../web/dist', import.meta.url));
const LIMIT_BYTES = 300 * 1024;

describe('the web build', { timeout: E2E_TIMEOUT_MS }, () => {
  it('loads under 300 KB of gzipped JavaScript before the first view (heavy views load on demand)', () => {
    ensureWebBuild();
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    // The entry script and everything the page preloads with it.
    const initial = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]!);
    expect(initial.length).toBeGreaterThan(0);
    const gzipped = initial.reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, path))).length, 0);
    expect(gzipped).toBeLessThan(LIMIT_BYTES);
  });
});
