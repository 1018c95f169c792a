import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { writeOperations, type Schema, type WriteOperation } from './support/openapi';
import { addMember, createItem, createPortfolio } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

type Operation = WriteOperation & { schema: Schema };

/** Stands for an array nested 100,000 deep, spliced into the JSON text (JSON.stringify would recurse that deep). */
const DEEP = '\u{1F573}deep';
const DEEP_JSON = '['.repeat(100_000) + ']'.repeat(100_000);

const hostileString = fc.constantFrom(
  '\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '', ' ', '\u202e', 'x'.repeat(5000), '0001-01-01', '9999-12-31', '2026-02-30',
  '../../etc/passwd', '<img src=x onerror=alert(1)>', "'; drop table items; --", DEEP,
);
const hostileNumber = fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 2 ** 64, Number.MAX_VALUE, -Number.MAX_VALUE, 1e-300, -1, 0, 0.5);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(hostileString, hostileNumber, fc.constantFrom(null, true, [], {}, [DEEP], { nested: { deeper: [DEEP] } }));

/** Values that follow the schema most of the time, and anything hostile the rest. */
function valueOf(schema: Schema): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: faithfulValueOf(schema) }, { weight: 1, arbitrary: hostileValue });
}

function faithfulValueOf(schema: Schema): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if ('const' in schema) return fc.constant(schema.const);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return fc.oneof(...branches.map(valueOf));
  switch (Array.isArray(schema.type) ? schema.type[0] : schema.type) {
    case 'object': {
      const properties = schema.properties ?? {};
      const record = Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, valueOf(property)]));
      return fc.record(record, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
    }
    case 'array':
      return fc.array(valueOf(schema.items ?? {}), { maxLength: 3 });
    case 'string':
      return fc.oneof(fc.string({ maxLength: Math.min(schema.maxLength ?? 50, 50) }), hostileString);
    case 'integer':
      return fc.oneof(fc.integer({ min: schema.minimum ?? -1000, max: Math.min(schema.maximum ?? 1000, 2 ** 31 - 1) }), hostileNumber);
    case 'number':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), hostileNumber);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return hostileValue;
  }
}

/** Every write endpoint that takes a JSON body, with its schema, from the server's own OpenAPI description. */
const withBodies = (operations: WriteOperation[]): Operation[] => operations.filter((operation): operation is Operation => operation.schema !== undefined);

describe.each(DATABASES)('generated hostile bodies on every write endpoint on %s', (database) => {
  let server: TestServer;
  let token: string;
  let operations: Operation[];
  let ids: Record<string, string>;

  beforeAll(async () => {
    server = await startServer(database);
    const admin = await setUpInstance(server.baseUrl);
    const fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'safe' });
    const member = await addMember(admin, fixture.portfolio.id, ['contributor']);
    const item = await createItem(admin, fixture.boardId, { title: 'Target' });
    token = (await admin.post('/tokens', { name: 'fuzz' })).body.token;
    operations = withBodies(writeOperations((await admin.get('/openapi.json')).body));
    // A path parameter is named after the collection before it: real ids let the bodies reach the use cases.
    ids = { portfolios: fixture.portfolio.id, boards: fixture.boardId, items: item.id, columns: fixture.columns.reviewing!.id, members: member.id, roles: 'contributor' };
  });
  afterAll(async () => server?.close());

  const pathOf = (template: string) => template.replace(/([^/]+)\/\{[^}]+\}/g, (_, collection: string) => `${collection}/${encodeURIComponent(ids[collection] ?? 'no-such-id')}`);

  it('never answers 5xx, and answers each refusal as a problem document', async () => {
    expect(operations.length).toBeGreaterThan(20);
    const request = fc.integer({ min: 0, max: operations.length - 1 }).chain((index) => fc.tuple(fc.constant(operations[index]!), valueOf(operations[index]!.schema)));
    await fc.assert(
      fc.asyncProperty(request, async ([operation, body]) => {
        const text = JSON.stringify(body).replaceAll(JSON.stringify(DEEP), DEEP_JSON);
        const response = await fetch(`${server.baseUrl}${pathOf(operation.path)}`, {
          method: operation.method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: text,
        });
        const answer = await response.text();
        expect(response.status, `${operation.method} ${operation.path} ${text.slice(0, 300)} → ${answer.slice(0, 300)}`).toBeLessThan(500);
        if (response.status >= 400) expect(response.headers.get('content-type')).toContain('application/problem+json');
      }),
      { numRuns: 1_000_000, interruptAfterTimeLimit: 5000 },
    );
  });
});
