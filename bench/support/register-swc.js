// ts-node in transpile-only mode with swc as the transpiler (several times faster to start than
// TypeScript's own transpiler). Used by bench/support/server.ts when @swc/core is installed.
require('ts-node').register({ transpileOnly: true, swc: true });
