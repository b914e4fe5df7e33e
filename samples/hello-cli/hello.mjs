#!/usr/bin/env node
// The sample product of release-kit's demo: a tiny CLI that prints its version or a greeting.
const VERSION = '1.2.3';
const [arg] = process.argv.slice(2);
if (arg === '--version') console.log(`hello-cli ${VERSION}`);
else console.log(`Hello, ${arg ?? 'world'}!`);
