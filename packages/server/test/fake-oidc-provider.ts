import crypto from 'node:crypto';
import http from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/**
 * A minimal OpenID Connect provider on loopback for tests: discovery, JWKS, and a token endpoint
 * that checks PKCE and signs an ID token. "Logging in" at it is `authorize(url, username)`,
 * which returns the callback URL the provider would redirect the browser to.
 */
export interface FakeProvider {
  issuer: string;
  authorize(authorizationUrl: string, username: string): string;
  close(): Promise<void>;
}

export async function startFakeProvider(clientId: string): Promise<FakeProvider> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test', alg: 'RS256', use: 'sig' };
  const grants = new Map<
    string,
    { username: string; nonce: string; challenge: string; redirectUri: string }
  >();
  let issuer = '';

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: [
          'none',
          'client_secret_post',
          'client_secret_basic',
        ],
      });
    }
    if (url.pathname === '/jwks') return json(200, { keys: [jwk] });
    if (url.pathname === '/token' && req.method === 'POST') {
      let raw = '';
      for await (const chunk of req) raw += String(chunk);
      const form = new URLSearchParams(raw);
      const grant = grants.get(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
      if (
        !grant ||
        grant.challenge !== challenge ||
        grant.redirectUri !== form.get('redirect_uri')
      ) {
        return json(400, { error: 'invalid_grant' });
      }
      grants.delete(form.get('code')!);
      const idToken = await new SignJWT({ nonce: grant.nonce, preferred_username: grant.username })
        .setProtectedHeader({ alg: 'RS256', kid: 'test' })
        .setIssuer(issuer)
        .setAudience(clientId)
        .setSubject(`sub-${grant.username}`)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
      return json(200, {
        access_token: 'at',
        token_type: 'Bearer',
        expires_in: 300,
        id_token: idToken,
      });
    }
    json(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  return {
    issuer,
    authorize(authorizationUrl, username) {
      const request = new URL(authorizationUrl);
      const code = crypto.randomBytes(16).toString('hex');
      const redirectUri = request.searchParams.get('redirect_uri')!;
      grants.set(code, {
        username,
        nonce: request.searchParams.get('nonce')!,
        challenge: request.searchParams.get('code_challenge')!,
        redirectUri,
      });
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      back.searchParams.set('state', request.searchParams.get('state')!);
      return back.href;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
