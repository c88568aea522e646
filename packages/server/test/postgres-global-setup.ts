import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { startPostgresCluster } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server URL without a database name; tests append theirs. */
    postgresServerUrl: string;
  }
}

export const templateDatabase = 'havn_template';

/**
 * Starts one cluster for the whole run (or uses HAVN_TEST_POSTGRES_URL, a server of the
 * developer's own), migrates a template database once, and hands the server to the tests; each
 * test file then clones the template, which is much faster than migrating again.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const own = process.env.HAVN_TEST_POSTGRES_URL;
  const cluster = own ? null : await startPostgresCluster();
  const serverUrl = own ? own.replace(/\/[^/]*$/, '') : cluster!.url('').replace(/\/$/, '');

  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`drop database if exists ${templateDatabase}`);
  await admin.query(`create database ${templateDatabase}`);
  await admin.end();
  const handle = openDatabase(`${serverUrl}/${templateDatabase}`);
  await migrateToLatest(handle.db);
  await handle.close();

  project.provide('postgresServerUrl', serverUrl);
  return () => cluster?.stop();
}
