import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createUser } from '../../app/accounts';
import { inProcessEventBus } from '../../app/event-bus';
import { DomainError } from '../../domain/errors';
import { configFromEnv, openConfiguredStore } from '../../server/config';
import { migrate } from '../../store/store';
import { UsageError } from '../usage-error';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `user add --email E --name N [--password P] [--admin]`; without --password one is generated and printed once. */
export async function user(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'add') throw new UsageError(action ? `unknown action "${action}"; the only one is "add"` : 'say what to do: user add');
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, admin: { type: 'boolean', default: false } },
    strict: true,
  });
  if (!values.email || !EMAIL.test(values.email)) throw new UsageError('--email is required and must be an e-mail address, e.g. --email ada@example.org');
  if (!values.name?.trim()) throw new UsageError('--name is required, e.g. --name "Ada Lovelace"');
  if (values.password !== undefined && values.password.length < 8) throw new UsageError('--password must have at least 8 characters (or leave it out to generate one)');
  const password = values.password ?? randomBytes(12).toString('base64url');

  const store = await openConfiguredStore(configFromEnv());
  try {
    await migrate(store);
    const created = await createUser({ store, clock: () => new Date(), events: inProcessEventBus() }, null, { email: values.email, name: values.name, password, isAdmin: values.admin });
    console.log(`Created ${created.isAdmin ? 'instance admin' : 'user'} ${created.name} <${created.email}> (id ${created.id}).`);
    if (values.password === undefined) console.log(`Password (shown once): ${password}`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(`user add: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}
