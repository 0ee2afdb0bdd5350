/**
 * The 20 rules a developer writes by hand before reaching for a library: one per common type,
 * no validators, no keywords. V8 regexes on purpose: they are the baselines scrubline is
 * measured against (and they backtrack; nothing in scrubline itself may use them on log text).
 */
export const V8_RULES: readonly { readonly label: string; readonly source: string }[] = [
  { label: 'EMAIL', source: String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}` },
  { label: 'CREDIT_CARD', source: String.raw`\b(?:\d[ -]?){12,18}\d\b` },
  { label: 'US_SSN', source: String.raw`\b\d{3}-\d{2}-\d{4}\b` },
  { label: 'PHONE', source: String.raw`(?:\+\d{1,3}[ .-]?)?\(?\d{2,4}\)?[ .-]?\d{3,4}[ .-]\d{3,4}\b` },
  { label: 'IPV4', source: String.raw`\b(?:\d{1,3}\.){3}\d{1,3}\b` },
  { label: 'IPV6', source: String.raw`(?:[0-9A-Fa-f]{1,4}:){2,7}(?::|[0-9A-Fa-f]{1,4})` },
  { label: 'IBAN', source: String.raw`\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b` },
  { label: 'MAC_ADDRESS', source: String.raw`\b(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}\b` },
  { label: 'UK_NINO', source: String.raw`\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b` },
  { label: 'ETH_ADDRESS', source: String.raw`\b0x[0-9a-fA-F]{40}\b` },
  { label: 'URL_CREDENTIALS', source: String.raw`[a-z][a-z0-9+.-]*://[^\s:@/"]+:[^\s@/"]+@` },
  { label: 'AWS_ACCESS_KEY', source: String.raw`\b(?:AKIA|ASIA)[A-Z2-7]{16}\b` },
  { label: 'GITHUB_TOKEN', source: String.raw`\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})` },
  { label: 'API_KEY', source: String.raw`\bsk-[A-Za-z0-9_-]{20,}` },
  { label: 'SLACK_TOKEN', source: String.raw`\bxox[abposr]-[A-Za-z0-9-]{10,}|https://hooks\.slack\.com/services/[A-Za-z0-9/]+` },
  { label: 'STRIPE_KEY', source: String.raw`\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}` },
  { label: 'GOOGLE_API_KEY', source: String.raw`\bAIza[A-Za-z0-9_-]{35}` },
  { label: 'JWT', source: String.raw`\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+` },
  { label: 'PRIVATE_KEY', source: String.raw`-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----` },
  { label: 'BEARER_TOKEN', source: String.raw`[Bb]earer [A-Za-z0-9._~+/-]{16,}=*` },
];
