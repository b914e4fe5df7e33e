import { describe, expect, test } from '@jest/globals';
import { isLoopback } from '../../src/kit/github.js';

describe('the GitHub client', () => {
  test('writes are spaced a second apart for GitHub and GitHub Enterprise, not for an API on this machine (the embedded emulator)', () => {
    for (const url of ['http://127.0.0.1:40919', 'http://localhost:8080/api/v3', 'http://[::1]:3000']) expect([url, isLoopback(url)]).toEqual([url, true]);
    for (const url of ['https://api.github.com', 'https://ghe.example.com/api/v3', 'http://127.0.0.1.example.com', 'not a url']) expect([url, isLoopback(url)]).toEqual([url, false]);
  });
});
