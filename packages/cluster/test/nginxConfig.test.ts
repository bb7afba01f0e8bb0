import { expect, it } from 'vitest';
import { renderCmsProxyConfig } from '../src/nginxConfig.ts';

it('balances every instance, leaving out one that fails, and replaces whatever X-Forwarded-For a client sent', () => {
  const config = renderCmsProxyConfig({ listen: '127.0.0.1:8080', instances: ['127.0.0.1:3001', '127.0.0.1:3002'] });
  expect(config).toContain('server 127.0.0.1:3001 max_fails=1 fail_timeout=5s;');
  expect(config).toContain('server 127.0.0.1:3002 max_fails=1 fail_timeout=5s;');
  expect(config).toContain('listen 127.0.0.1:8080;');
  expect(config).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
  expect(config).not.toContain('$proxy_add_x_forwarded_for');
  expect(config).toContain('location = /api/enquiries/submit {');
});

it('refuses to render a proxy with no instance behind it', () => {
  expect(() => renderCmsProxyConfig({ listen: '127.0.0.1:8080', instances: [] })).toThrow(/at least one CMS instance/);
});
