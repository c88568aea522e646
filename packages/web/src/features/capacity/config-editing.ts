import type { BedKind } from '@havn/domain';
import type { ConfigKind, ConfigUnit } from './capacity-api.ts';

/** What the configuration dialog edits: a new item under a parent, or an existing one with its version. */
export type Editing =
  | { mode: 'create'; kind: ConfigKind; parentId: string | null; parentName: string }
  | {
      mode: 'edit';
      kind: ConfigKind;
      id: string;
      version: number;
      name: string;
      unit?: ConfigUnit;
      bedKind?: BedKind;
    }
  | { mode: 'remove'; kind: ConfigKind; id: string; version: number; name: string }
  | null;
