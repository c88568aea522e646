import net from 'node:net';
import type { FastifyRequest } from 'fastify';
import type { MetricsAccess } from '../config/config.ts';
import { constantTimeEqual, sha256 } from '../crypto/tokens.ts';

/**
 * Who may read the metrics: a client address in one of the configured ranges (the address as
 * HAVN_TRUST_PROXY lets Fastify work it out, so a client cannot name its own through a header),
 * or a request carrying the metrics token as a Bearer header. With neither configured, nobody.
 */
export function scraperCheck(access: MetricsAccess): (request: FastifyRequest) => boolean {
  const ranges = new net.BlockList();
  for (const entry of access.allow) {
    const [address = '', prefix] = entry.split('/');
    const family = net.isIP(address) === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) ranges.addAddress(address, family);
    else ranges.addSubnet(address, Number(prefix), family);
  }
  // Compared as hashes, so that not even the token's length shows in the time taken.
  const expected = access.token === null ? null : sha256(`Bearer ${access.token}`);
  return (request) => {
    const sent = request.headers.authorization;
    if (expected !== null && typeof sent === 'string' && constantTimeEqual(sha256(sent), expected))
      return true;
    const family = net.isIP(request.ip);
    return family !== 0 && ranges.check(request.ip, family === 4 ? 'ipv4' : 'ipv6');
  };
}
