import { randomBytes } from 'node:crypto';
import { dropRunSchemas, TEST_RUN_ENV } from './databases';

/**
 * One name for this test run, inherited by every worker: PostgreSQL schemas are dropped together at
 * the end of the run, because dropping one while another file's migrator inspects the catalogue
 * makes that inspection fail ("schema … does not exist").
 */
export async function setup(): Promise<void> {
  process.env[TEST_RUN_ENV] ??= `r${randomBytes(4).toString('hex')}`;
}

export async function teardown(): Promise<void> {
  await dropRunSchemas(process.env[TEST_RUN_ENV]!);
}
