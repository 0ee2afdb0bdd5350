import { hostname } from 'node:os';
import { expect, test } from 'vitest';
import { configHash, detectAppContext } from '../../src/enrich/run-metadata';
import { tempFiles } from '../support/tmp';

test("OpenTelemetry's variables first, then npm's, then NODE_ENV", () => {
  const dir = tempFiles({});
  expect(detectAppContext({ OTEL_SERVICE_NAME: 'checkout', OTEL_RESOURCE_ATTRIBUTES: 'service.name=ignored,service.version=2.1.0,deployment.environment.name=prod%20eu', npm_package_name: 'pkg', NODE_ENV: 'development' }, dir)).toEqual({
    serviceName: 'checkout',
    serviceVersion: '2.1.0',
    environment: 'prod eu',
    hostName: hostname(),
  });
  expect(detectAppContext({ npm_package_name: 'pkg', npm_package_version: '0.3.0', NODE_ENV: 'test', OTEL_RESOURCE_ATTRIBUTES: 'broken,host.name=box-1,x=%E0%A4%A' }, dir)).toEqual({
    serviceName: 'pkg',
    serviceVersion: '0.3.0',
    environment: 'test',
    hostName: 'box-1',
  });
});

test('the configuration hash ignores key order and stream, and sees every parameter, template and tool', () => {
  const base = { provider: 'openai', operation: 'chat', params: { model: 'm', temperature: 0.2, stopSequences: ['x'] }, prompt: { name: 'p', version: '1' }, toolNames: ['a', 'b'] };
  const h = configHash(base);
  expect(h).toMatch(/^[0-9a-f]{16}$/);
  expect(configHash({ toolNames: ['b', 'a'], prompt: { version: '1', name: 'p' }, params: { stopSequences: ['x'], temperature: 0.2, model: 'm', stream: true }, operation: 'chat', provider: 'openai' })).toBe(h);
  for (const changed of [
    { ...base, params: { ...base.params, temperature: 0.3 } },
    { ...base, params: { ...base.params, stopSequences: ['y'] } },
    { ...base, prompt: { name: 'p', version: '2' } },
    { ...base, toolNames: ['a'] },
    { ...base, provider: 'anthropic' },
  ]) {
    expect(configHash(changed)).not.toBe(h);
  }
});
