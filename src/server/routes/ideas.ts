import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { DomainError } from '../../domain/errors';
import { myIdeas, submitIdea } from '../../app/ideas';
import { createIntakeLink, followStatus, intakeForm, listIntakeLinks, revokeIntakeLink, submitGuestIdea } from '../../app/intake';
import { setMark } from '../../app/participation';
import { closedItems, declineItem, mergeItem, reopenItem } from '../../app/triage';
import { answer, answers, NO_CONTENT, problems } from '../answer-schemas';
import { actorOf } from '../auth';
import { Email, Id, IdParams, Name, Reason } from '../schemas';
import type { RouteOptions } from './index';

const Title = Name;
const Description = Type.String({ maxLength: 100000, description: 'Markdown' });

export const NewIdea = Type.Object(
  { title: Title, description: Type.Optional(Description), valueStreamId: Type.Optional(Type.Union([Id, Type.Null()], { description: 'A value stream of the portfolio' })) },
  { additionalProperties: false },
);
const NewIntakeLink = Type.Object(
  { label: Name, expiresAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'When the link stops taking ideas (default: never)' })) },
  { additionalProperties: false },
);
const GuestIdea = Type.Object(
  {
    title: Title,
    description: Type.Optional(Description),
    name: Name,
    email: Email,
    website: Type.Optional(Type.String({ maxLength: 2000, description: 'Leave empty: a field people never see. A submission that fills it is answered 201 as any other, but nothing is stored.' })),
  },
  { additionalProperties: false },
);
const TokenParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 200, description: 'The secret at the end of the link' }) });

export const PARTICIPATION_FIELDS =
  'Every item answer carries `source` ("idea" for a proposed idea, null for any other item), `submittedBy` (the member who proposed it; null for a guest\'s idea or another item), `submittedByGuest` (a guest submitter\'s name, else null), `votes`, `votedByMe`, `followers`, `followedByMe` and `closed` (null, or `{as: "declined"|"merged", reason, by, at, mergedIntoId}`).';

/** Sets the Retry-After header of a rate-limited answer from the refusal's own count of seconds. */
async function withRetryAfter<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'rate_limited') reply.header('retry-after', String(error.details.retryAfterSeconds ?? 3600));
    throw error;
  }
}

export const ideaRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, publicUrl, mailer }) => {
  const baseUrl = (request: FastifyRequest) => publicUrl ?? `${request.protocol}://${request.host}`;
  const tags = ['ideas'];

  app.post('/boards/:id/ideas', { schema: { operationId: 'submitIdea', tags, summary: "Propose an idea into the board's first column, whatever its WIP limit (idea.submit); the submitter follows it", description: PARTICIPATION_FIELDS, params: IdParams, body: NewIdea, response: { 201: answer('Item'), ...problems(403, 404) } } }, async (request, reply) =>
    reply.code(201).send(await submitIdea(ctx, actorOf(request), request.params.id, request.body)),
  );

  app.get('/me/ideas', { schema: { operationId: 'listMyIdeas', tags, summary: 'Every idea you proposed and every item you voted for, newest first: `[{item, board: {id, name}, column: {id, name}, status: "open"|"done"|"declined"|"merged", submittedByMe, responsible}]` (`responsible` as GET /items/{id}/responsibility answers `people`)', response: { 200: answers('MyIdea') } } }, async (request) =>
    myIdeas(ctx, actorOf(request)),
  );

  app.put('/items/:id/vote', { schema: { operationId: 'voteForItem', tags, summary: 'Vote for the item (vote); once per person, and the voter follows it. Answers the item', description: PARTICIPATION_FIELDS, params: IdParams, response: { 200: answer('Item'), ...problems(403, 404, 409) } } }, async (request) =>
    setMark(ctx, actorOf(request), request.params.id, 'vote', true),
  );
  app.delete('/items/:id/vote', { schema: { operationId: 'withdrawVote', tags, summary: 'Withdraw your vote (vote). Answers the item', params: IdParams, response: { 200: answer('Item'), ...problems(403, 404, 409) } } }, async (request) => setMark(ctx, actorOf(request), request.params.id, 'vote', false));
  app.put('/items/:id/follow', { schema: { operationId: 'followItem', tags, summary: 'Follow the item (vote): be told when it changes column, gets a decision, is blocked or unblocked, is done, declined or merged', params: IdParams, response: { 200: answer('Item'), ...problems(403, 404) } } }, async (request) =>
    setMark(ctx, actorOf(request), request.params.id, 'follow', true),
  );
  app.delete('/items/:id/follow', { schema: { operationId: 'unfollowItem', tags, summary: 'Stop following the item (vote)', params: IdParams, response: { 200: answer('Item'), ...problems(403, 404) } } }, async (request) => setMark(ctx, actorOf(request), request.params.id, 'follow', false));

  const triage = 'Only an item in its board\'s first column (item.edit); elsewhere 409 not_in_intake. Closes it with a decision record: it leaves the board (an `item.closed` board event) for GET /boards/{id}/declined; its submitter and followers are told.';
  app.post('/items/:id/decline', { schema: { operationId: 'declineItem', tags, summary: 'Decline an idea with a reason', description: triage, params: IdParams, body: Type.Object({ reason: Reason }, { additionalProperties: false }), response: { 200: answer('Item'), ...problems(403, 404, 409) } } }, async (request) =>
    declineItem(ctx, actorOf(request), request.params.id, request.body.reason),
  );
  app.post(
    '/items/:id/merge',
    { schema: { operationId: 'mergeItem', tags, summary: 'Merge an idea into another item of the portfolio as a duplicate: its votes and followers move there (one each per person)', description: `${triage} Merging into itself is 400; into an item of another portfolio 404.`, params: IdParams, body: Type.Object({ intoItemId: Id }, { additionalProperties: false }), response: { 200: answer('Item'), ...problems(403, 404, 409) } } },
    async (request) => mergeItem(ctx, actorOf(request), request.params.id, request.body.intoItemId),
  );
  app.post(
    '/items/:id/reopen',
    { schema: { operationId: 'reopenItem', tags, summary: 'Reopen a declined idea, with a reason', description: 'item.edit. The item is open again in the column it was declined in, back on its board (an `item.updated` board event), with a `reopened` decision record; its submitter and followers are told. An open or merged item is 409 not_declined.', params: IdParams, body: Type.Object({ reason: Reason }, { additionalProperties: false }), response: { 200: answer('Item'), ...problems(403, 404, 409) } } },
    async (request) => reopenItem(ctx, actorOf(request), request.params.id, request.body.reason),
  );
  app.get('/boards/:id/declined', { schema: { operationId: 'listClosedItems', tags, summary: "The board's declined and merged items, most recently closed first: `[{id, key, title, source, closedAs, reason, closedBy, onBehalfOf, onBehalfOfName, closedAt, mergedInto: {id, key, title, boardId} | null, votes}]` (onBehalfOf: the member a delegate closed it for)", params: IdParams, response: { 200: answers('ClosedItem'), ...problems(404) } } }, async (request) =>
    closedItems(ctx, actorOf(request), request.params.id),
  );

  app.post('/boards/:id/intake-links', { schema: { operationId: 'createIntakeLink', tags, summary: "A link through which people without an account propose ideas into the board's intake (integration.manage)", params: IdParams, body: NewIntakeLink, response: { 201: answer('IntakeLink'), ...problems(403, 404) } } }, async (request, reply) =>
    reply.code(201).send(await createIntakeLink(ctx, actorOf(request), request.params.id, request.body, baseUrl(request))),
  );
  app.get('/boards/:id/intake-links', { schema: { operationId: 'listIntakeLinks', tags, summary: "The board's intake links, newest first, revoked ones too (integration.manage)", params: IdParams, response: { 200: answers('IntakeLink'), ...problems(403, 404) } } }, async (request) =>
    listIntakeLinks(ctx, actorOf(request), request.params.id, baseUrl(request)),
  );
  app.delete('/intake-links/:id', { schema: { operationId: 'revokeIntakeLink', tags, summary: 'Revoke an intake link (integration.manage); the ideas it brought stay', params: IdParams, response: { 204: NO_CONTENT, ...problems(403, 404) } } }, async (request, reply) => {
    await revokeIntakeLink(ctx, actorOf(request), request.params.id);
    return reply.code(204).send();
  });

  app.get(
    '/intake/:token',
    { config: { public: true }, schema: { operationId: 'getIntakeForm', tags, summary: 'Without signing in: whether the intake link is open, and its label. 410 intake_link_gone once revoked or expired', params: TokenParams, security: [], response: { 200: answer('IntakeForm'), ...problems(404, 410) } } },
    async (request) => intakeForm(ctx, request.params.token),
  );
  app.post(
    '/intake/:token',
    {
      config: { public: true },
      schema: {
        operationId: 'submitGuestIdea',
        tags,
        summary: 'Without signing in: propose an idea through an intake link; answers `{followUrl, emailed}` (the URL shown once)',
        description: 'At most 5 ideas an hour per address and per e-mail (429 rate_limited with Retry-After); a revoked or expired link answers 410 intake_link_gone. The idea enters the first column of the link\'s board with the guest as submitter, who is e-mailed its changes when SMTP_URL is set.',
        params: TokenParams,
        body: GuestIdea,
        security: [],
        response: { 201: answer('GuestIdeaReceipt'), ...problems(404, 410, 429) },
      },
    },
    async (request, reply) => withRetryAfter(reply, async () => reply.code(201).send({ ...(await submitGuestIdea(ctx, request.params.token, request.body, request.ip, baseUrl(request))), emailed: mailer !== null })),
  );
  app.get(
    '/follow/:token',
    { config: { public: true }, schema: { operationId: 'getFollowedIdea', tags, summary: "Without signing in: a guest's idea as its follow URL shows it, and nothing else of the portfolio", params: TokenParams, response: { 200: answer('FollowStatus'), ...problems(404) }, security: [] } },
    async (request) => followStatus(ctx, request.params.token),
  );
};
