#!/usr/bin/env node
// The `havn` command. Havn runs its TypeScript through tsx, so there is no separate build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
