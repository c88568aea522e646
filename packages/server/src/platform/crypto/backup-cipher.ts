import crypto from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';

/**
 * An encrypted backup file: `HAVNBAK1`, the key's id (8 bytes), a random IV (12 bytes), the
 * backup encrypted with AES-256-GCM, the 16-byte tag. The header is authenticated too. Streamed,
 * so a backup of any size needs no memory; GCM allows 64 GiB under one IV, far above any centre's.
 */
const magic = Buffer.from('HAVNBAK1');
const headerLength = magic.length + 8 + 12;
const tagLength = 16;

/**
 * Which key a backup needs, without saying anything about the key: the first 8 bytes of an HMAC
 * under it. Lets restore tell "another key" from "an altered file", and an operator find the key.
 */
export const backupKeyId = (key: Buffer): string =>
  crypto
    .createHmac('sha256', key)
    .update('havn backup key id')
    .digest()
    .subarray(0, 8)
    .toString('hex');

export class BackupNotDecrypted extends Error {
  constructor(message: string) {
    super(`${message}; nothing was restored`);
    this.name = 'BackupNotDecrypted';
  }
}

export function isEncryptedBackup(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const start = Buffer.alloc(magic.length);
    return fs.readSync(fd, start, 0, magic.length, 0) === magic.length && start.equals(magic);
  } finally {
    fs.closeSync(fd);
  }
}

/** Encrypts `from` into the new file `to` (owner-only), and reads it back to check it opens. */
export async function encryptBackup(from: string, to: string, key: Buffer): Promise<void> {
  const iv = crypto.randomBytes(12);
  const header = Buffer.concat([magic, Buffer.from(backupKeyId(key), 'hex'), iv]);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv).setAAD(header);
  const out = fs.createWriteStream(to, { flags: 'wx', mode: 0o600 });
  out.write(header);
  await pipeline(fs.createReadStream(from), cipher, out, { end: false });
  await new Promise<void>((resolve, reject) =>
    out.end(cipher.getAuthTag(), () => (out.errored ? reject(out.errored) : resolve())),
  );
  await decryptBackup(to, null, key);
}

/**
 * Decrypts `from` into the new file `to` (null: only checks). GCM hands out plaintext before the
 * tag is checked, so `to` is removed unless the whole file was authentic: a wrong key or an
 * altered backup leaves nothing behind to restore.
 */
export async function decryptBackup(from: string, to: string | null, key: Buffer): Promise<void> {
  const size = fs.statSync(from).size;
  const fd = fs.openSync(from, 'r');
  const header = Buffer.alloc(headerLength);
  const tag = Buffer.alloc(tagLength);
  try {
    fs.readSync(fd, header, 0, headerLength, 0);
    fs.readSync(fd, tag, 0, tagLength, Math.max(0, size - tagLength));
  } finally {
    fs.closeSync(fd);
  }
  if (size < headerLength + tagLength || !header.subarray(0, magic.length).equals(magic)) {
    throw new BackupNotDecrypted('the file is not an encrypted Havn backup, or it was cut short');
  }
  const needed = header.subarray(magic.length, magic.length + 8).toString('hex');
  if (needed !== backupKeyId(key)) {
    throw new BackupNotDecrypted(
      `the backup was encrypted under another HAVN_BACKUP_KEY (key id ${needed}; the one set has id ${backupKeyId(key)})`,
    );
  }
  const decipher = crypto
    .createDecipheriv('aes-256-gcm', key, header.subarray(magic.length + 8))
    .setAAD(header)
    .setAuthTag(tag);
  const sink = to
    ? fs.createWriteStream(to, { flags: 'wx', mode: 0o600 })
    : new Writable({ write: (_chunk, _encoding, done) => done() });
  try {
    await pipeline(
      fs.createReadStream(from, { start: headerLength, end: size - tagLength - 1 }),
      decipher,
      sink,
    );
  } catch (error) {
    if (to) fs.rmSync(to, { force: true });
    if (error instanceof Error && /auth/i.test(error.message)) {
      throw new BackupNotDecrypted('the backup does not decrypt: it was altered or is incomplete');
    }
    throw error;
  }
}
