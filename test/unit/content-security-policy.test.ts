// The UI's CSP is stated twice (the header both hosts send, and index.html's meta tag for the
// file itself): this keeps the two from drifting apart and keeps remote sources out of both.
import fs from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy } from '../../electron/services/content-security-policy';

const directives = (policy: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);

describe('the content security policy', () => {
  const html = fs.readFileSync(path.resolve(__dirname, '../../renderer/index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';

  it('is the same in index.html as in the header, less frame-ancestors (ignored in a meta tag)', () => {
    const header = directives(contentSecurityPolicy).filter(
      (d) => !d.startsWith('frame-ancestors'),
    );
    expect(directives(meta)).toEqual(header);
  });

  it('allows no remote, inline or eval sources', () => {
    for (const policy of [meta, contentSecurityPolicy]) {
      expect(policy).not.toMatch(/https?:|wss?:|\*|unsafe-inline|unsafe-eval/);
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("object-src 'none'");
    }
  });
});
