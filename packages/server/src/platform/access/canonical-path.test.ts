import { describe, expect, it } from 'vitest';
import { apiTemplate, pathOf, spellingProblems, spellsApi } from './canonical-path.ts';

describe('spellingProblems', () => {
  it.each([
    ['/api/system/status', '/api/system/status'],
    ['/api/people/0190a1b2-0000-7000-8000-000000000001', '/api/people/:id'],
    // A character that needs encoding, in a parameter, is spelt right encoded.
    ['/api/audit/records/staff_user/a%20b', '/api/audit/records/:recordType/:recordId'],
    ['/', '/'],
  ])('finds %s the one spelling of %s', (path, template) => {
    expect(spellingProblems(path, template)).toEqual([]);
  });

  it.each([
    ['/%61pi/system/status', '/api/system/status', ['encoded']],
    ['/api/system/st%61tus', '/api/system/status', ['encoded']],
    ['/api/people/%30190', '/api/people/:id', ['encoded']],
    ['/api/system/%2D', '/api/system/:x', ['encoded']],
    // A router that folded case would match these; the fixed segments are compared as sent.
    ['/API/system/status', '/api/system/status', ['case']],
    ['/api/System/status', '/api/system/status', ['case']],
    ['/%41PI/system/status', '/api/system/status', ['case', 'encoded']],
    ['//api/system/status', '/api/system/status', ['doubled_slash']],
    ['/api//system/status', '/api/system/status', ['doubled_slash']],
    ['/api/system/status/', '/api/system/status', ['trailing_slash']],
    ['/api/./system/status', '/api/system/status', ['dot_segment']],
    ['/api/%2e%2e/api/system/status', '/api/system/status', ['dot_segment', 'encoded']],
  ])('finds what is wrong with %s for %s', (path, template, problems) => {
    expect(spellingProblems(path, template)).toEqual(problems);
  });

  it('checks a path outside every route against the API prefix', () => {
    expect(spellingProblems('/API/system/status', apiTemplate)).toEqual(['case']);
    expect(spellingProblems('/api/no-such-thing', apiTemplate)).toEqual([]);
  });
});

describe('spellsApi', () => {
  it.each([
    '/api',
    '/api/system/status',
    '/API/system/status',
    '/%61pi/system/status',
    '/%2561pi/system/status',
    '//api/system/status',
    '/./api/system/status',
    '/web/../api/system/status',
    '\\api/system/status',
    'http://havn.example/api/system/status',
    // Not a URL at all: no page of the web app either.
    'http://[broken/personer',
  ])('sees the API in %s', (path) => {
    expect(spellsApi(path)).toBe(true);
  });

  it.each(['/', '/personer', '/apian', '/assets/api.js'])('sees the web app in %s', (path) => {
    expect(spellsApi(path)).toBe(false);
  });
});

describe('pathOf', () => {
  it('ends the path at the query or the fragment', () => {
    expect(pathOf('/api/x?name=Kari')).toBe('/api/x');
    expect(pathOf('/api/x#y')).toBe('/api/x');
    expect(pathOf('/api/x')).toBe('/api/x');
  });
});
