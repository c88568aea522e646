import * as client from 'openid-client';
import type { OidcConfig } from '../config/config.ts';
import type { SecretBox } from '../crypto/secret-box.ts';

/** How long a person may spend at the identity provider before the round trip is refused. */
const roundTripMs = 10 * 60_000;

interface RoundTrip {
  state: string;
  nonce: string;
  verifier: string;
  startedAt: number;
}

/**
 * Login through a municipality's identity provider: authorization code flow with PKCE, state and
 * nonce. The provider replaces the password step only; Havn's own second factor still follows,
 * so an account is as strong as before whichever way the person came in.
 */
export class OidcLogin {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(
    private readonly settings: OidcConfig,
    private readonly box: SecretBox,
  ) {}

  get label(): string {
    return this.settings.label;
  }

  /** Discovery is done once and kept; a failed discovery is retried at the next login. */
  private discover(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        this.settings.clientSecret ?? undefined,
        this.settings.clientSecret ? undefined : client.None(),
        this.settings.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = null;
        throw error;
      });
    return this.configuration;
  }

  /** The provider's login URL, and a sealed cookie value that carries the checks to the callback. */
  async start(now: Date): Promise<{ url: string; cookie: string }> {
    const configuration = await this.discover();
    const trip: RoundTrip = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      startedAt: now.getTime(),
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUrl,
      scope: 'openid profile',
      state: trip.state,
      nonce: trip.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(trip.verifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, cookie: this.box.seal(JSON.stringify(trip)) };
  }

  /** Checks the provider's answer and returns the user name it vouches for, or null. */
  async finish(query: string, cookie: string | undefined, now: Date): Promise<string | null> {
    if (!cookie) return null;
    let trip: RoundTrip;
    try {
      trip = JSON.parse(this.box.open(cookie)) as RoundTrip;
    } catch {
      return null;
    }
    if (now.getTime() - trip.startedAt > roundTripMs) return null;
    const configuration = await this.discover();
    const current = new URL(this.settings.redirectUrl);
    current.search = query;
    const tokens = await client.authorizationCodeGrant(configuration, current, {
      pkceCodeVerifier: trip.verifier,
      expectedState: trip.state,
      expectedNonce: trip.nonce,
      idTokenExpected: true,
    });
    const claim = tokens.claims()?.[this.settings.usernameClaim];
    return typeof claim === 'string' && claim.length > 0 ? claim.trim().toLowerCase() : null;
  }
}
