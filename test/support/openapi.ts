/** The parts of the server's OpenAPI description that tests walk: write operations, their JSON body schemas, and bodies they accept. */

export type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
};

export type WriteOperation = { method: string; path: string; schema: Schema | undefined };

type Document = { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>> };

/** Every write operation (POST, PUT, PATCH, DELETE) of the document, with its JSON body schema when it takes one. */
export function writeOperations(document: Document): WriteOperation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).flatMap(([method, operation]) =>
      ['post', 'put', 'patch', 'delete'].includes(method) ? [{ method: method.toUpperCase(), path, schema: operation.requestBody?.content?.['application/json']?.schema }] : [],
    ),
  );
}

/** A value the schema accepts; a property that names a resource (`columnId`, `parentId`…) gets B's. */
export function exampleOf(schema: Schema, ids: Record<string, string>, name = ''): unknown {
  if (schema.enum) return schema.enum[0];
  if ('const' in schema) return schema.const;
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return exampleOf(branches.find((branch) => branch.type !== 'null') ?? branches[0]!, ids, name);
  switch (Array.isArray(schema.type) ? schema.type.find((type) => type !== 'null') : schema.type) {
    case 'object': {
      // An update needs one field to change besides its version: the first optional one.
      const firstChange = Object.keys(schema.properties ?? {}).find((key) => key !== 'version' && !schema.required?.includes(key));
      const keys = [...(schema.required ?? []), ...(schema.required?.some((key) => key !== 'version') || !firstChange ? [] : [firstChange])];
      return Object.fromEntries(keys.map((key) => [key, exampleOf(schema.properties?.[key] ?? {}, ids, key)]));
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => exampleOf(schema.items ?? {}, ids, name));
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'string':
      return stringExample(schema, ids, name);
    default:
      return null;
  }
}

/** Strings whose allowed values the schema does not list (the server checks them itself). */
const KNOWN_VALUES: Record<string, string> = { events: '*' };

function stringExample(schema: Schema, ids: Record<string, string>, name: string): string {
  if (KNOWN_VALUES[name]) return KNOWN_VALUES[name];
  const resource = /^(\w+?)Ids?$/.exec(name)?.[1];
  if (resource && ids[resource]) return ids[resource]!;
  if (schema.format === 'date') return '2026-01-15';
  if (schema.format === 'date-time') return '2026-01-15T00:00:00.000Z';
  if (schema.format === 'email') return 'someone@example.org';
  if (schema.format === 'uri' || /url/i.test(name)) return 'https://hooks.example.org/a';
  if (schema.pattern) return /\[0-9\]|\\d/.test(schema.pattern) ? '1' : 'x';
  return 'x'.repeat(Math.max(schema.minLength ?? 1, 8));
}
