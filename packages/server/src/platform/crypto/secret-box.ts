import crypto from 'node:crypto';

/**
 * Authenticated encryption (AES-256-GCM) for the most sensitive fields. The key comes from
 * configuration and never touches the database; a value sealed under one key and read under
 * another fails loudly instead of returning garbage.
 * Format: `v1.<iv>.<tag>.<ciphertext>`, each part base64url.
 */
export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
  /** For a nullable column: null stays null. */
  sealOrNull(plaintext: string | null): string | null;
  openOrNull(sealed: string | null): string | null;
}

/** Whether a stored value is in the sealed format: a 12-byte IV, a 16-byte tag, the ciphertext. */
export const isSealed = (value: string): boolean =>
  /^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]*$/.test(value);

export function secretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('The encryption key must be 32 bytes');
  const box: SecretBox = {
    sealOrNull: (plaintext) => (plaintext === null ? null : box.seal(plaintext)),
    openOrNull: (sealed) => (sealed === null ? null : box.open(sealed)),
    seal(plaintext) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), ciphertext]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    open(sealed) {
      const [version, iv, tag, ciphertext] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || ciphertext === undefined)
        throw new Error('Not a sealed value');
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(ciphertext, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    },
  };
  return box;
}
