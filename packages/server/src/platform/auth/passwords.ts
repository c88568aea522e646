import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { checkPassword, type PasswordProblem } from '@havn/domain';

/**
 * Argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane), set explicitly: the
 * libraries' defaults differ. Algorithm 2 is Argon2id.
 */
const argon2Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** ~49,000 common and breached passwords (zxcvbn-ts), plus Norwegian ones the list lacks. */
const commonPasswords = new Set<string>([
  ...(dictionary['passwords-common'] as string[]),
  'passord',
  'hemmelig',
  'sommer',
  'vinter',
  'høst',
  'vår',
  'krisesenter',
  'havn',
  'velkommen',
  'norge',
  'bergen',
  'trondheim',
  'oslo',
  'moss',
  'brann',
  'rosenborg',
  'jegelskerdeg',
  'qwertyuiopå',
  'asdfghjkløæ',
]);

export function passwordProblems(password: string, username?: string): PasswordProblem[] {
  return checkPassword(password, {
    username,
    isCommon: (candidate) => commonPasswords.has(candidate),
  });
}

export const hashPassword = (password: string): Promise<string> => hash(password, argon2Options);

/** A hash of a random password, verified against when the account does not exist, so both paths take as long. */
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  if (storedHash === null) {
    dummyHash ??= hashPassword('no account has this password, it only costs time');
    await verify(await dummyHash, password);
    return false;
  }
  return verify(storedHash, password);
}
