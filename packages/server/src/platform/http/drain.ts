import type { FastifyInstance } from 'fastify';

/**
 * Lets a stopping server finish what it is doing and then end. Fastify answers requests that
 * arrive while it closes with 503 and closes the connections idle at that moment; a keep-alive
 * connection busy with a request then stayed open after its answer, idle, for the keep-alive
 * timeout — past the grace period, so `havn serve` was killed after SIGTERM instead of exiting
 * cleanly. Answers sent from the start of closing end their connection.
 */
export function registerDrain(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  // An answer already on its way when closing began: its connection is idle now.
  app.addHook('onResponse', async () => {
    if (closing) app.server.closeIdleConnections();
  });
}
