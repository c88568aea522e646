import type { FastifyInstance } from 'fastify';
import { openApiPath } from '../src/platform/http/openapi.ts';

/** The part of JSON Schema (OpenAPI 3.0 dialect) that zod's generator writes for our routes. */
export interface JsonSchema {
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'null';
  format?: string;
  pattern?: string;
  enum?: unknown[];
  nullable?: boolean;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  minItems?: number;
  maxItems?: number;
}

export interface Parameter {
  in: 'path' | 'query';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One route × method of the served OpenAPI document. */
export interface Operation {
  method: Method;
  path: string;
  /** `METHOD /path`, as the authorization matrix names routes. */
  route: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body: JsonSchema | null;
  /** The statuses the route declares, each with its body schema when it has one. */
  responses: Record<string, JsonSchema | null>;
}

interface RawOperation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
}

/** Every operation of the OpenAPI document the app itself serves. */
export async function readOperations(app: FastifyInstance): Promise<Operation[]> {
  const doc = (await app.inject({ method: 'GET', url: openApiPath })).json() as {
    paths: Record<string, Record<string, RawOperation>>;
  };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([m, raw]) => {
      const method = m.toUpperCase() as Method;
      const parameters = raw.parameters ?? [];
      return {
        method,
        path,
        route: `${method} ${path}`,
        pathParams: parameters.filter((p) => p.in === 'path'),
        queryParams: parameters.filter((p) => p.in === 'query'),
        body: raw.requestBody?.content['application/json']?.schema ?? null,
        responses: Object.fromEntries(
          Object.entries(raw.responses ?? {}).map(([status, r]) => [
            status,
            r.content?.['application/json']?.schema ?? null,
          ]),
        ),
      };
    }),
  );
}

/** The operation's path with its `{name}` parameters filled in, each URL-encoded. */
export const fillPath = (path: string, values: Record<string, string>): string =>
  path.replaceAll(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));

/** `path?query` from plain values; undefined values are left out. */
export function withQuery(path: string, query: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) search.append(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
