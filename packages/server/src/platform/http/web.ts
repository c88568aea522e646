import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export type SpaFallback = (request: FastifyRequest, reply: FastifyReply) => FastifyReply | null;

/**
 * Serves the built web app from `webDir`, if it has been built. Files are served as they are
 * (public: they are the app itself, the same for everyone); every other GET the not-found handler
 * finds outside the API answers index.html, with this response's CSP nonce written into its
 * script and stylesheet tags. Returns that fallback, or null.
 */
export async function registerWeb(
  app: FastifyInstance,
  webDir: string,
): Promise<SpaFallback | null> {
  const indexFile = path.join(webDir, 'index.html');
  if (!fs.existsSync(indexFile)) {
    app.log.warn('web app not built: run `npm run build` to serve it');
    return null;
  }
  const template = fs.readFileSync(indexFile, 'utf8');
  await app.register(async (web) => {
    // Each file is a route, and the gate refuses a route without a rule.
    web.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: 'public' };
    });
    await web.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      setHeaders: (res, filePath) => {
        // Vite names built assets by content hash, so they never change under the same name.
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          res.header('Cache-Control', 'public, max-age=31536000, immutable');
        }
      },
    });
  });

  return (request, reply) => {
    if (request.method !== 'GET') return null;
    const nonce = reply.cspNonce;
    const html = template
      .replaceAll('<script ', `<script nonce="${nonce.script}" `)
      .replaceAll('<link rel="stylesheet"', `<link rel="stylesheet" nonce="${nonce.style}"`)
      .replaceAll('<link rel="modulepreload"', `<link rel="modulepreload" nonce="${nonce.script}"`);
    return reply.header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(html);
  };
}
