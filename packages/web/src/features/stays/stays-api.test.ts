import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { queryClient } from '../../api/query-client.ts';
import { server } from '../../test/fetch-stub.ts';
import { staysApi, useJournalDraft, type JournalDraft } from './stays-api.ts';

const draft: JournalDraft = {
  personId: 'person-1',
  type: 'conversation',
  channel: '',
  parentPresent: '',
  body: 'Snakket om skolen',
  correctsId: null,
};
const wrapper = ({ children }: { children: ReactNode }) =>
  createElement(QueryClientProvider, { client: queryClient }, children);

describe("the stay's journal draft", () => {
  it('is saved with keepalive as the tab closes, so the save outlives the page', async () => {
    server.answer(new Response(null, { status: 204 }));
    server.answer(new Response(null, { status: 204 }));
    await staysApi.saveDraft('stay-1', draft);
    await staysApi.saveDraft('stay-1', draft, true);
    const [typing, closing] = server.requests;
    expect(typing!.keepalive).toBe(false);
    expect(closing!.keepalive).toBe(true);
    await expect(closing!.json()).resolves.toEqual({ payload: draft });
  });

  it('comes back without the fields the form no longer takes', async () => {
    const saved = { ...draft, type: 'retired_type', parentPresent: true, mood: 'calm' };
    server.answer(
      Response.json({ draft: { payload: saved, updatedAt: '2026-11-24T10:00:00.000Z' } }),
    );
    const { result } = renderHook(() => useJournalDraft('stay-1'), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual({
      payload: { personId: 'person-1', channel: '', body: 'Snakket om skolen', correctsId: null },
      updatedAt: '2026-11-24T10:00:00.000Z',
    });
  });
});
