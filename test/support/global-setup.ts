import { randomBytes } from 'node:crypto';
import { dropRunSchemas, TEST_RUN_ENV } from './databases';

/**
 * One name for this test run, inherited by every worker: PostgreSQL schemas are dropped together at
 * the end of the run, because dropping one while another file's migrator inspects the catalogue
 * makes that inspection fail ("schema … does not exist").
 */
export async function setup(): Promise<void> {
  process.env[TEST_RUN_ENV] ??= `r${randomBytes(4).toString('hex')}`;
  // Hundreds of accounts are made and signed in: at OWASP's cost (half a second each) that would dominate the run.
  // src/app/passwords.test.ts and test/api-password-rehash.test.ts exercise that cost.
  process.env.SCRYPT_COST ??= '14';
}

export async function teardown(): Promise<void> {
  await dropRunSchemas(process.env[TEST_RUN_ENV]!);
}
