import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import { acceptInvitation, createInvitation, listInvitations, previewInvitation, revokeInvitation } from '../../app/invitations';
import { invitationMail } from '../../app/invitation-mail';
import { acceptPasswordReset, changePassword, createPasswordReset, updateUser } from '../../app/people';
import { answer, answers, NO_CONTENT, problems } from '../answer-schemas';
import { actorOf, sessionToken, setSessionCookie } from '../auth';
import { Id, IdParams, InvitationAccept, InvitationInput, PasswordChange, PasswordResetAccept, TokenInput, UserChanges } from '../schemas';
import type { RouteOptions } from './index';

const InvitationQuery = Type.Object({ portfolioId: Type.Optional(Id) }, { additionalProperties: false });

/** Invitations, deactivation and passwords (PRODUCT.md §10). */
export const peopleRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, secureCookies, publicUrl, mailer }) => {
  const baseUrl = (request: FastifyRequest) => publicUrl ?? `${request.protocol}://${request.host}`;

  app.post(
    '/invitations',
    {
      schema: {
        operationId: 'createInvitation',
        tags: ['people'],
        summary: 'Invite someone by e-mail (instance admins; a portfolio admin into that portfolio with its roles)',
        description: 'The link in `url` is shown once, e-mailed when SMTP_URL is set, and expires after 7 days. 403 forbidden for anyone else; 400 validation_failed for a bad address or a role the portfolio does not have; 409 email_taken when the address has an account and no portfolio is named.',
        body: InvitationInput,
        response: { 201: answer('CreatedInvitation'), ...problems(403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { invitation, url } = await createInvitation(ctx, actorOf(request), request.body, baseUrl(request));
      // After the commit and without waiting: a slow or failing mail server never fails the invitation, whose link is shown anyway.
      if (mailer) void mailer.send(invitationMail(invitation, url)).catch((error: unknown) => request.log.warn({ err: error }, 'invitation e-mail failed'));
      return reply.code(201).send({ ...invitation, url, emailed: mailer !== null });
    },
  );
  app.get(
    '/invitations',
    {
      schema: {
        operationId: 'listInvitations',
        tags: ['people'],
        summary: 'Pending invitations: all for instance admins, those of the portfolios you administer otherwise',
        querystring: InvitationQuery,
        response: { 200: answers('Invitation'), ...problems(403, 404) },
      },
    },
    async (request) => listInvitations(ctx, actorOf(request), request.query.portfolioId ?? null),
  );
  app.delete(
    '/invitations/:id',
    {
      schema: {
        operationId: 'revokeInvitation',
        tags: ['people'],
        summary: 'Revoke a pending invitation: its link stops working (410 invitation_invalid)',
        description: 'Instance admins, or an admin of the invitation\'s portfolio (403 forbidden otherwise); 404 not_found when it is no longer pending (accepted, revoked or expired).',
        params: IdParams,
        response: { 204: NO_CONTENT, ...problems(403, 404) },
      },
    },
    async (request, reply) => {
      await revokeInvitation(ctx, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
  app.post(
    '/invitations/preview',
    {
      config: { public: true },
      schema: {
        operationId: 'previewInvitation',
        tags: ['people'],
        summary: 'What an invitation link offers, before accepting it',
        description: '410 invitation_invalid when the link has expired, was revoked or was used.',
        body: TokenInput,
        response: { 200: answer('InvitationPreview'), ...problems(410) },
      },
    },
    async (request) => previewInvitation(ctx, request.body.token),
  );
  app.post(
    '/invitations/accept',
    {
      config: { public: true },
      schema: {
        operationId: 'acceptInvitation',
        tags: ['people'],
        summary: 'Accept an invitation: creates the account with the invited roles and signs it in',
        description:
          '201 {user, expiresAt} with a session cookie for a new account. When the address already has an account, accept signed in as it (name and password are then not needed): 200 {user} with the roles added. ' +
          '409 account_exists when that account is not signed in; 403 forbidden when another account is; 410 invitation_invalid when the link has expired, was revoked or was used.',
        body: InvitationAccept,
        response: { 200: answer('Acceptance', 'Accepted by the signed-in account'), 201: answer('Session', 'A new account, signed in'), ...problems(401, 409, 410) },
      },
    },
    async (request, reply) => {
      const { user, session } = await acceptInvitation(ctx, request.actor, request.body, sessionToken(request));
      if (!session) return { user };
      setSessionCookie(reply, session.token, secureCookies);
      return reply.code(201).send({ user, expiresAt: session.expiresAt });
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        operationId: 'updateUser',
        tags: ['people'],
        summary: 'Rename, deactivate or reactivate a person, or make them admin or not (instance admins); anyone may change their own name',
        description: 'Deactivating ends the person\'s sessions and API tokens at once and refuses their sign-in; their history stays and columns accountable to them show as a responsibility gap. 409 last_instance_admin when no active instance admin would remain.',
        params: IdParams,
        body: UserChanges,
        response: { 200: answer('User'), ...problems(403, 404, 409) },
      },
    },
    async (request) => updateUser(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/users/:id/password-reset',
    {
      schema: {
        operationId: 'createPasswordReset',
        tags: ['people'],
        summary: 'A one-time link that sets a new password for the person (instance admins)',
        description: 'Shown once; expires after 7 days; an earlier unused link of the person stops working.',
        params: IdParams,
        response: { 201: answer('OneTimeLink'), ...problems(403, 404) },
      },
    },
    async (request, reply) => reply.code(201).send(await createPasswordReset(ctx, actorOf(request), request.params.id, baseUrl(request))),
  );
  app.post(
    '/password-reset/accept',
    {
      config: { public: true },
      schema: {
        operationId: 'acceptPasswordReset',
        tags: ['people'],
        summary: 'Set a new password with a reset link; ends every other session and signs in',
        description: '410 reset_invalid when the link has expired or was used (or a newer one replaced it).',
        body: PasswordResetAccept,
        response: { 200: answer('Session'), ...problems(410) },
      },
    },
    async (request, reply) => {
      const { user, session } = await acceptPasswordReset(ctx, request.body, sessionToken(request));
      setSessionCookie(reply, session.token, secureCookies);
      return { user, expiresAt: session.expiresAt };
    },
  );
  app.post(
    '/auth/password',
    {
      schema: {
        operationId: 'changePassword',
        tags: ['accounts'],
        summary: 'Change your password; your other sessions end, this one stays',
        description: '403 wrong_password when the current password is wrong.',
        body: PasswordChange,
        response: { 204: NO_CONTENT, ...problems(403) },
      },
    },
    async (request, reply) => {
      await changePassword(ctx, actorOf(request), request.body, sessionToken(request));
      return reply.code(204).send();
    },
  );
};
