/** The parts of the server's OpenAPI description that tests walk: write operations and their JSON body schemas. */

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
