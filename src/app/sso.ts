import { DomainError } from '../domain/errors';
import { assertActive, insertUser, normaliseEmail, startSession, toUser, type User } from './accounts';
import { recordAudit } from './audit';
import { nowIso, type AppContext } from './context';

/** What an OpenID Connect provider vouches for about the person it signed in. */
export type ProviderIdentity = {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
};

/**
 * Signs in the person an identity provider vouches for, with the same kind of session as a password
 * sign-in. A known (issuer, subject) is that user; otherwise the provider's e-mail address links the
 * identity to the user with that address, or creates one without a password. Only an address the
 * provider has verified may do either: anyone can claim an unverified one, and taking over the
 * account of its owner must not be that easy.
 */
export async function signInWithIdentity(
  ctx: AppContext,
  identity: ProviderIdentity,
  replacing: string | null,
): Promise<{ user: User; session: { token: string; expiresAt: string } }> {
  const at = nowIso(ctx);
  return ctx.store.db.transaction().execute(async (trx) => {
    const linked = await trx
      .selectFrom('user_identities')
      .innerJoin('users', 'users.id', 'user_identities.user_id')
      .selectAll('users')
      .where('user_identities.issuer', '=', identity.issuer)
      .where('user_identities.subject', '=', identity.subject)
      .executeTakeFirst();
    if (linked) assertActive(linked);
    let user = linked ? toUser(linked) : null;
    if (!user) {
      if (!identity.email || !identity.emailVerified) {
        throw new DomainError(
          'forbidden',
          identity.email
            ? `The identity provider has not verified the e-mail address ${identity.email}; verify it there, then sign in again.`
            : 'The identity provider did not share an e-mail address; allow the "email" scope for this application, then sign in again.',
          { reason: identity.email ? 'email_unverified' : 'email_missing' },
        );
      }
      const email = normaliseEmail(identity.email);
      const existing = await trx.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      if (existing) assertActive(existing);
      // Names are at most 200 characters, as when an admin creates the user.
      user = existing ? toUser(existing) : await insertUser(trx, { email, name: (identity.name?.trim() || email).slice(0, 200), password: null }, at, null);
      await trx.insertInto('user_identities').values({ issuer: identity.issuer, subject: identity.subject, user_id: user.id, created_at: at }).execute();
      await recordAudit(trx, { portfolioId: null, actorId: user.id, entityType: 'user', entityId: user.id, action: 'user.identity_linked', after: { issuer: identity.issuer, subject: identity.subject }, at });
    }
    return { user, session: await startSession(ctx, trx, user.id, replacing) };
  });
}
