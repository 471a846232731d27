// Test files run in a fixed order (by path), so a run on CI sees the same sequence as a run
// on a developer's machine. Each e2e file is written not to depend on the others.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest loads this file as CommonJS
const Sequencer = require("@jest/test-sequencer").default;

class ByPath extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => a.path.localeCompare(b.path));
  }
}

module.exports = ByPath;
