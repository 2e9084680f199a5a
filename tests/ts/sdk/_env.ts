// What the programs read from Node's environment, typed without @types/node.
const node = (globalThis as unknown as { process: { env: Record<string, string | undefined> } })
  .process;

/** The mock's base URL (tests/test_typescript.py serves the mock and sets it). */
export const baseUrl: string = node.env["SMSSPEC_BASE_URL"] ?? "";

/** Stop the program (exit code 1) unless `condition` holds. */
export function check(condition: boolean, message: string): void {
  if (!condition) {
    throw new Error(`check failed: ${message}`);
  }
}
