/** A base32 secret in groups of four, as authenticator apps show it: easier to type by hand. */
export const groupedSecret = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;
