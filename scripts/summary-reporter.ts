import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, `tests: N passed, N failed, N skipped`, that CI reads
 * whatever runner it knows. When `npm test` runs the suite in parts (HAVN_TEST_PART), each part
 * says `tests (part): …` and the script adds them up into the one line.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    const part = process.env.HAVN_TEST_PART;
    const label = part ? `tests (${part}):` : 'tests:';
    process.stdout.write(`\n${label} ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
