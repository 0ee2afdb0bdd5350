// Redacts a few LLM log lines with the built-in packs and prints before/after.
// Run: npm run demo   (builds first; loads the package by its name, as an app would)
const { createRedactor } = require('scrubline');

const redactor = createRedactor(); // packs: ['pii', 'secrets'], engine: 'auto'

const lines = [
  'user prompt: "My card is 4111 1111 1111 1111 and my email is jane.doe@example.com, call me at +1 415-555-0132"',
  'completion: "I have updated the IBAN to DE89 3704 0044 0532 0130 00 for Åsa."',
  'tool call: {"name":"send","arguments":"{\\"to\\":\\"ops@acme.io\\",\\"ip\\":\\"203.0.113.42\\"}"}',
  'env: OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD AWS=AKIAIOSFODNN7EXAMPLE',
  'kept: order 4111111111111112, build 1.2.3.456, commit 3f786850e387550fdab836ed7e6dc881de23001b',
];

console.log(`engine: ${redactor.engine}\n`);
for (const line of lines) {
  console.log(`  in : ${line}`);
  console.log(`  out: ${redactor.redact(line)}\n`);
}
