/**
 * Writes the TypeScript types of the whole HTTP API (`paths`, `components`, … as openapi-typescript renders the
 * OpenAPI document) to web/src/api/schema.d.ts, through which the web app's client is typed: `npm run generate:client`.
 * The document is the one GET /api/v1/openapi.json serves, built by the server in this process over an empty
 * in-memory database, without listening. test/client-schema.test.ts fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { inProcessEventBus } from '../app/event-bus';
import { openStore } from '../store/store';
import { buildServer } from './app';

export const CLIENT_SCHEMA_FILE = fileURLToPath(new URL('../../web/src/api/schema.d.ts', import.meta.url));

const HEADER = '/** Generated from the OpenAPI document by `npm run generate:client`; do not edit by hand. */\n\n';

/** The OpenAPI document as the server publishes it. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const store = await openStore('sqlite::memory:');
  const app = await buildServer({ ctx: { store, clock: () => new Date(), events: inProcessEventBus() }, sessionSecret: 'unused', logLevel: 'silent', webhooks: null, reviewReminders: null });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await store.close();
  }
}

export async function generateClientSchema(): Promise<string> {
  // The document is rendered as JSON and read back, so that it holds only what a client downloading it sees.
  const document = JSON.parse(JSON.stringify(await openApiDocument())) as Parameters<typeof openapiTS>[0];
  return HEADER + astToString(await openapiTS(document));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(CLIENT_SCHEMA_FILE, await generateClientSchema());
  console.log(`wrote ${CLIENT_SCHEMA_FILE}`);
}
