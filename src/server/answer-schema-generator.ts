/**
 * Writes the JSON schema of every answer listed in answers.ts to answer-schemas.json, from the TypeScript
 * types themselves (through the compiler's type checker), so that the documented answers are the ones the
 * application returns: `npm run generate:schemas`. test/answer-schemas.test.ts fails when the file is stale.
 * A type that is itself a listed answer is referenced by name wherever it appears in another; every other
 * type is written out in place. Objects are closed (`additionalProperties: false`) unless the type has an
 * index signature, so that the contract test (test/api-contract.test.ts) notices any field a schema misses.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export type JsonSchema = { [keyword: string]: unknown };

const ANSWERS_FILE = fileURLToPath(new URL('./answers.ts', import.meta.url));
export const ANSWER_SCHEMAS_FILE = fileURLToPath(new URL('./answer-schemas.json', import.meta.url));

export function generateAnswerSchemas(): Record<string, JsonSchema> {
  const config = ts.readConfigFile(fileURLToPath(new URL('../../tsconfig.json', import.meta.url)), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, fileURLToPath(new URL('../..', import.meta.url)));
  const program = ts.createProgram([ANSWERS_FILE], options);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(ANSWERS_FILE);
  const declaration = source?.statements.find((statement): statement is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(statement) && statement.name.text === 'Answers');
  if (!declaration) throw new Error(`${ANSWERS_FILE} declares no type Answers`);
  const answers = checker.getPropertiesOfType(checker.getTypeAtLocation(declaration.name)).map((symbol) => ({ name: symbol.name, type: checker.getTypeOfSymbolAtLocation(symbol, declaration) }));
  const names = new Map(answers.map(({ name, type }) => [type, name]));
  const converting = new Set<ts.Type>();

  function convert(type: ts.Type, top = false): JsonSchema {
    const name = names.get(type);
    if (name && !top) return { $ref: name };
    if (converting.has(type)) throw new Error(`${checker.typeToString(type)} contains itself: list it in answers.ts so that it can be referenced by name`);
    converting.add(type);
    try {
      return convertShape(type);
    } finally {
      converting.delete(type);
    }
  }

  function convertShape(type: ts.Type): JsonSchema {
    const flags = type.flags;
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (flags & ts.TypeFlags.String) return { type: 'string' };
    if (flags & ts.TypeFlags.Number) return { type: 'number' };
    if (flags & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (flags & ts.TypeFlags.Null) return { type: 'null' };
    if (type.isStringLiteral()) return { type: 'string', const: type.value };
    if (type.isNumberLiteral()) return { type: 'number', const: type.value };
    if (flags & ts.TypeFlags.BooleanLiteral) return { type: 'boolean', const: checker.typeToString(type) === 'true' };
    if (type.isUnion()) return convertUnion(type.types.filter((member) => !(member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void))));
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const elements = checker.getTypeArguments(type as ts.TypeReference);
      return { type: 'array', items: elements.length === 1 ? convert(elements[0]!) : convertUnion([...new Set(elements)]) };
    }
    if (type.getSymbol()?.name === 'Date') return { type: 'string', format: 'date-time' };
    if (flags & ts.TypeFlags.Object || type.isIntersection()) return convertObject(type);
    throw new Error(`No JSON schema for ${checker.typeToString(type)}`);
  }

  function convertUnion(members: ts.Type[]): JsonSchema {
    if (members.length === 1) return convert(members[0]!);
    const literals = members.filter((member): member is ts.LiteralType => member.isStringLiteral() || member.isNumberLiteral());
    const booleans = members.filter((member) => member.flags & ts.TypeFlags.BooleanLiteral);
    const rest = members.filter((member) => !member.isLiteral() && !booleans.includes(member));
    const branches: JsonSchema[] = [];
    if (literals.length > 0) {
      const values = literals.map((member) => member.value as string | number);
      const kinds = [...new Set(values.map((value) => (typeof value === 'string' ? 'string' : 'number')))];
      branches.push({ type: kinds.length === 1 ? kinds[0] : kinds, enum: values });
    }
    if (booleans.length === 2) branches.push({ type: 'boolean' });
    else branches.push(...booleans.map((member) => convert(member)));
    branches.push(...rest.map((member) => convert(member)));
    if (branches.length === 1) return branches[0]!;
    // `T | null` of a primitive stays one schema with two types, as a reader writes it.
    const nullable = branches.length === 2 && branches.some((branch) => branch.type === 'null') ? branches.find((branch) => branch.type !== 'null')! : null;
    if (nullable && typeof nullable.type === 'string' && !('const' in nullable) && !('$ref' in nullable)) {
      return { ...nullable, type: [nullable.type, 'null'], ...(Array.isArray(nullable.enum) ? { enum: [...nullable.enum, null] } : {}) };
    }
    return { anyOf: branches };
  }

  function convertObject(type: ts.Type): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const property of checker.getPropertiesOfType(type)) {
      const location = property.valueDeclaration ?? property.declarations?.[0] ?? declaration!;
      const propertyType = checker.getTypeOfSymbolAtLocation(property, location);
      const description = ts.displayPartsToString(property.getDocumentationComment(checker)).trim();
      // TypeScript gives each branch of a union of object literals the other branches' fields as `?: undefined`.
      if (propertyType.getCallSignatures().length > 0 || propertyType.flags & ts.TypeFlags.Undefined) continue;
      const schema = convert(propertyType);
      properties[property.name] = description && !('$ref' in schema) ? { ...schema, description } : schema;
      const optional = property.flags & ts.SymbolFlags.Optional || (propertyType.isUnion() && propertyType.types.some((member) => member.flags & ts.TypeFlags.Undefined));
      if (!optional) required.push(property.name);
    }
    const index = checker.getIndexInfosOfType(type)[0];
    return {
      type: 'object',
      ...(Object.keys(properties).length > 0 ? { properties } : {}),
      ...(required.length > 0 ? { required } : {}),
      additionalProperties: index ? convert(index.type) : false,
    };
  }

  return Object.fromEntries(answers.map(({ name, type }) => [name, convert(type, true)]));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(ANSWER_SCHEMAS_FILE, `${JSON.stringify(generateAnswerSchemas(), null, 2)}\n`);
  console.log(`wrote ${ANSWER_SCHEMAS_FILE}`);
}
