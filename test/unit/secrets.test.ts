import { describe, expect, test } from '@jest/globals';
import { secretVariants } from '../../src/kit/secrets.js';

describe('secretVariants', () => {
  test('a multi-line secret is masked whole, line by line and in its encodings', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEF\nAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----';
    const forms = secretVariants(pem);
    expect(forms).toContain(pem);
    expect(forms).toContain('MIIEvQIBADANBgkqhkiG9w0BAQEF');
    expect(forms).toContain(Buffer.from(pem).toString('base64'));
    expect(forms).toContain(JSON.stringify(pem).slice(1, -1));
  });

  test('line fragments too short to protect anything are left out; the value itself never is', () => {
    expect(secretVariants('a\n}\nlonger-line')).toEqual(['a\n}\nlonger-line', 'longer-line', Buffer.from('a\n}\nlonger-line').toString('base64'), 'a\\n}\\nlonger-line', 'a%0A%7D%0Alonger-line']);
    expect(secretVariants('abc')).toEqual(['abc', 'YWJj']);
    expect(secretVariants('')).toEqual([]);
  });

  test('a password with URL-special characters is masked in its URL form', () => {
    expect(secretVariants('p@ss w0rd/+')).toContain('p%40ss%20w0rd%2F%2B');
  });
});
