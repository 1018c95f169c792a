import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { DomainError, ERROR_STATUS, type ErrorCode } from '../../domain/errors';
import { answer, answers, problems } from '../answer-schemas';
import { problemTitles } from '../problem';
import { NoQuery } from '../schemas';
import type { RouteOptions } from './index';

const describe = (code: ErrorCode) => ({ code, status: ERROR_STATUS[code], title: problemTitles()[code] });

/** Each problem's `type` URI resolves to a short description of its code. */
export const problemRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app) => {
  app.get('/problems', { config: { public: true }, schema: { operationId: 'listProblemCodes', tags: ['meta'], summary: 'Every error code', querystring: NoQuery, response: { 200: answers('ProblemCode') } } }, async () =>
    (Object.keys(ERROR_STATUS) as ErrorCode[]).map(describe),
  );
  app.get('/problems/:code', { config: { public: true }, schema: { operationId: 'getProblemCode', tags: ['meta'], summary: 'One error code', params: Type.Object({ code: Type.String() }), response: { 200: answer('ProblemCode'), ...problems(404) } } }, async (request) => {
    const code = request.params.code;
    if (!Object.hasOwn(ERROR_STATUS, code)) throw new DomainError('not_found', `No error code "${code}".`);
    return describe(code as ErrorCode);
  });
};
