import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_SCHEMA_FILE, generateClientSchema } from '../src/server/client-schema-generator';

describe("the web app's API types", () => {
  it('are those of the OpenAPI document the server publishes today', async () => {
    const committed = readFileSync(CLIENT_SCHEMA_FILE, 'utf8');
    expect(committed === (await generateClientSchema()), 'web/src/api/schema.d.ts is stale: run `npm run generate:client`').toBe(true);
  }, 120_000);
});
