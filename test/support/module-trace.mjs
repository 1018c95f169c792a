/**
 * `node --import ./test/support/module-trace.mjs …` records every module the process resolves and, when it
 * exits, writes their URLs one per line to the file named by MODULE_TRACE_FILE: what a start path loads.
 * The resolve hook runs on the loader's own thread and reports each URL back through a message port.
 */
import { writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { MessageChannel, isMainThread } from 'node:worker_threads';

let reportTo;

export async function initialize({ port }) {
  reportTo = port;
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  reportTo?.postMessage(resolved.url);
  return resolved;
}

if (isMainThread && process.env.MODULE_TRACE_FILE) {
  const urls = new Set();
  const { port1, port2 } = new MessageChannel();
  port1.on('message', (url) => urls.add(url));
  port1.unref();
  register(import.meta.url, { data: { port: port2 }, transferList: [port2] });
  process.once('exit', () => writeFileSync(process.env.MODULE_TRACE_FILE, [...urls].join('\n')));
}
