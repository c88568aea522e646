import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The restricted-import complaints ESLint makes about `code` as if it were the file at `path`. */
async function restricted(code: string, path: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message.split(' ')[0]!);
}

const fixture = `import { appendAudit } from '../../platform/audit/audit.ts';
import { decideRecordAccess } from '@havn/domain';
export const used = [appendAudit, decideRecordAccess];
`;

describe('one path to personal data, enforced by the lint rules', () => {
  it('refuses a module that decides a record or writes the audit log itself', async () => {
    expect(await restricted(fixture, 'packages/server/src/modules/people/fixture.ts')).toEqual([
      "'appendAudit'",
      "'decideRecordAccess'",
    ]);
  });

  it('refuses a namespace import that would reach appendAudit all the same', async () => {
    const code = `import * as audit from '../platform/audit/audit.ts';\nexport const a = audit;\n`;
    expect(await restricted(code, 'packages/server/src/demo/fixture.ts')).toHaveLength(1);
  });

  it('lets the platform, where the gateway and the audit writer live, import both', async () => {
    const code = fixture.replace('../../platform/audit/audit.ts', '../audit/audit.ts');
    expect(await restricted(code, 'packages/server/src/platform/access/fixture.ts')).toEqual([]);
  });
});
