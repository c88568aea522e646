import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { queryClient } from '../api/query-client.ts';
import { installFetchStub, resetFetchStub } from './fetch-stub.ts';
// The app's texts, in bokmål as it starts: a component test reads what a user reads.
import '../i18n/index.ts';

installFetchStub();

// What jsdom lacks and Designsystemet uses: `CSS.escape` (its popover polyfill escapes a layer's
// name on import) and the Web Animations API (its spinner keeps its animations in step).
if (typeof globalThis.CSS?.escape !== 'function')
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/[^\w-]/g, (c) => `\\${c}`) });
if (typeof document.getAnimations !== 'function') document.getAnimations = () => [];

// Each test starts on an empty page and an empty cache: nothing one test left is seen by the next.
afterEach(() => {
  cleanup();
  queryClient.clear();
  resetFetchStub();
});
