import { cardDigits, ibanParts, printIban } from './personal';
import { HEX, type Rng } from './rng';
import { whole, type Snippet } from './snippet';
import type { LookalikeKind } from './values';

function luhnFailing(rng: Rng): Snippet {
  const { digits } = cardDigits(rng);
  const last = digits.charCodeAt(digits.length - 1) - 48;
  return whole(digits.slice(0, -1) + String((last + rng.int(1, 9)) % 10));
}

function badIban(rng: Rng): Snippet {
  const p = ibanParts(rng);
  const wrong = String((Number(p.check) + rng.int(1, 40)) % 97 + 2).padStart(2, '0');
  return whole(printIban(p.country + (wrong === p.check ? '01' : wrong) + p.bban, rng.chance(0.3)));
}

function invalidSsn(rng: Rng): Snippet {
  const area = rng.pick(['000', '666', String(rng.int(900, 999))]);
  const [group, serial] = rng.chance(0.2) ? ['00', rng.digits(4)] : [String(rng.int(1, 99)).padStart(2, '0'), String(rng.int(1, 9999)).padStart(4, '0')];
  return whole(`${area}-${group}-${serial}`);
}

function uuid(rng: Rng): Snippet {
  const h = (n: number) => rng.chars(HEX, n);
  return whole(`${h(8)}-${h(4)}-4${h(3)}-${rng.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`);
}

function isoTimestamp(rng: Rng): string {
  const d = new Date(Date.UTC(2026, rng.int(0, 10), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59), rng.int(0, 59), rng.int(0, 999)));
  return d.toISOString();
}

/** Each lookalike is made to fail the check that tells it apart from the real thing. */
export const LOOKALIKES: Readonly<Record<LookalikeKind, (rng: Rng) => Snippet>> = {
  LUHN_FAILING_NUMBER: luhnFailing,
  BAD_CHECKSUM_IBAN: badIban,
  INVALID_SSN: invalidSsn,
  UUID: uuid,
  GIT_SHA: (rng) => whole(rng.chars(HEX, 40)),
  EPOCH_MS: (rng) => whole(String(1_760_000_000_000 + rng.int(0, 99_999_999_999))),
  EPOCH_S: (rng) => whole(String(1_760_000_000 + rng.int(0, 99_999_999))),
  ISO_TIMESTAMP: (rng) => whole(isoTimestamp(rng)),
  SEMVER: (rng) => whole(`${rng.int(0, 19)}.${rng.int(0, 40)}.${rng.int(0, 99)}${rng.chance(0.3) ? `-rc.${rng.int(1, 9)}` : ''}`),
  BUILD_NUMBER: (rng) => whole(`${rng.int(1, 9)}.${rng.int(0, 9)}.${rng.int(0, 9)}.${rng.int(256, 9999)}`),
  PRICE: (rng) => whole(`${rng.pick(['$', '€', '£'])}${rng.int(1, 99)},${rng.digits(3)}.${rng.digits(2)}`),
  DECORATOR: (rng) => whole(`@${rng.pick(['Injectable', 'Component', 'dataclass', 'pytest.fixture', 'app.route', 'lru_cache'])}`),
  PKG_VERSION: (rng) => whole(`${rng.pick(['lodash', 'react', '@types/node', 'zod', 'openai', 'langchain'])}@${rng.int(1, 20)}.${rng.int(0, 30)}.${rng.int(0, 20)}`),
  SK_LEARN: () => whole('sk-learn'),
  TRACE_ID: (rng) => whole(rng.chars(HEX, 32)),
};

