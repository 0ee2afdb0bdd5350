import { test } from 'vitest';
import { createRedactor } from '../../src/index';
test('wasm oom', () => {
  const texts = {
    found: "retrying error request <G0-lb+pm9mv@04uha-m2.adp1x0s.org> user done … →\nTraceback (most recent call last):\n  File \"/app/worker.py\", line 497, in handle\n    send_mail(to=recipient)\nKeyError: '26.147.135.135'",
    asciiEmail: 'contact jane@example.com now',
    unicode: 'café … → 🙂 done',
    ip: "KeyError: '26.147.135.135'",
    card: 'card 4111 1111 1111 1111 ok',
    plain: 'nothing to see here at all',
  };
  for (const [name, t] of Object.entries(texts)) {
    let hit = 0;
    const r = createRedactor({ engine: 're2-wasm', onError: () => { hit++; } });
    let i = 0;
    for (; i < 20000 && hit === 0; i++) r.redact(t);
    console.log(name, hit ? `OOM after ${i} calls` : `ok after ${i} calls`);
  }
});
