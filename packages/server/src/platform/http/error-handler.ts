import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode, FieldProblem, SchemaProblemCode } from '@havn/domain';
import {
  apiTemplate,
  logRefusedSpelling,
  pathOf,
  spellingProblems,
  spellsApi,
} from '../access/canonical-path.ts';
import { AppError, ConflictError, ForbiddenError, AccessRefusedError, statusOf } from './errors.ts';
import type { SpaFallback } from './web.ts';

/** Fastify's own client errors, by their code, mapped into our catalogue. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_request',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_request',
  FST_ERR_VALIDATION: 'validation_failed',
};

const messages: Record<ErrorCode, string> = {
  validation_failed: 'The request has invalid fields',
  malformed_request: 'The request body could not be read',
  unauthenticated: 'Log in to continue',
  forbidden: 'You do not have access to this action',
  not_found: 'Not found or no access',
  conflict: 'The record was changed by someone else',
  payload_too_large: 'The request is too large',
  unsupported_media_type: 'The request has a content type this endpoint does not accept',
  too_many_requests: 'Too many requests; wait a moment and try again',
  internal_error: 'Something went wrong on the server; nothing was saved',
};

export function errorBody(
  code: ErrorCode,
  message = messages[code],
  fields?: FieldProblem[],
  why: Pick<ErrorBody['error'], 'reason' | 'count'> = {},
): ErrorBody {
  return {
    error: {
      code,
      message,
      ...(fields ? { fields } : {}),
      ...(why.reason ? { reason: why.reason } : {}),
      ...(why.count !== undefined ? { count: why.count } : {}),
    },
  };
}

/**
 * What Fastify's router answers itself (a URL it cannot decode, a path parameter over its length
 * limit): our error shape instead of Fastify's, which echoes the path. No hook runs for these,
 * so the headers every API answer needs are set here.
 */
export function frameworkErrors(
  _error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  return reply
    .status(400)
    .headers({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
    .send(errorBody('malformed_request', 'The request URL could not be read'));
}

/**
 * Maps every error to a response once. A client never sees a stack trace or an internal message;
 * unexpected errors are logged (without request bodies) and answered with a generic 500.
 */
export function registerErrorHandling(app: FastifyInstance, spa: SpaFallback | null): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.retryAfterSeconds !== undefined)
        reply.header('Retry-After', String(error.retryAfterSeconds));
      return reply
        .status(statusOf[error.code])
        .send(
          errorBody(
            error.code,
            error.message,
            error.fields,
            error instanceof ConflictError
              ? { reason: error.reason, count: error.count }
              : error instanceof ForbiddenError || error instanceof AccessRefusedError
                ? { reason: error.reason }
                : {},
          ),
        );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => ({
        path: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        // The schema is zod's: its issue codes are the keywords.
        code: v.keyword as SchemaProblemCode,
        message: v.message ?? 'Invalid value',
      }));
      return reply
        .status(400)
        .send(errorBody('validation_failed', messages.validation_failed, fields));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({
        err: { message: 'response did not match its schema', route: request.routeOptions.url },
      });
      return reply.status(500).send(errorBody('internal_error'));
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return reply.status(statusOf[known]).send(errorBody(known));
    if (error.statusCode === 429) return reply.status(429).send(errorBody('too_many_requests'));
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(400).send(errorBody('malformed_request'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(errorBody('internal_error'));
  });

  // A path that names the API in any spelling gets the API's 404, never the web app; a
  // non-canonical one (`/API/…`, `//api/…`) is logged as the probe it is.
  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request.url);
    if (spellsApi(path)) {
      const problems = spellingProblems(path, apiTemplate);
      if (problems.length > 0) logRefusedSpelling(request, problems, null);
    } else {
      const page = spa?.(request, reply);
      if (page) return page;
    }
    return reply.status(404).send(errorBody('not_found', 'No such endpoint'));
  });
}
