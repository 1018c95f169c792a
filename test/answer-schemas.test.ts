import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANSWER_SCHEMAS_FILE, generateAnswerSchemas } from '../src/server/answer-schema-generator';

describe('the answer schemas', () => {
  it('are those of the types the application answers today (npm run generate:schemas writes them)', () => {
    expect(JSON.parse(readFileSync(ANSWER_SCHEMAS_FILE, 'utf8'))).toEqual(generateAnswerSchemas());
  }, 120_000);
});
