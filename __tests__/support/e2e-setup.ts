import { cspViolations } from "./e2e";

// Every e2e test file fails when a page it visited reported a Content-Security-Policy violation.
afterAll(() => {
  expect(cspViolations).toEqual([]);
});
