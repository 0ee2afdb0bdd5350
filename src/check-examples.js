"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkExamples = checkExamples;
const scan_1 = require("./detect/scan");
const policy_from_options_1 = require("./policy-from-options");
/**
 * Runs every enabled rule's `examples`: each `match` text must give that rule at least one finding,
 * each `nomatch` text none. Judged per rule before overlap resolution, so another rule winning a
 * region does not hide what this rule does.
 */
function checkExamples(options = {}) {
    const { policy } = (0, policy_from_options_1.policyFromOptions)(options);
    const results = [];
    for (const rule of policy.rules) {
        const run = (text) => (0, scan_1.detect)(policy, text).some((c) => c.rule === rule);
        for (const text of rule.examples?.match ?? [])
            results.push({ rule: rule.id, expect: 'match', text, ok: run(text) });
        for (const text of rule.examples?.nomatch ?? [])
            results.push({ rule: rule.id, expect: 'nomatch', text, ok: !run(text) });
    }
    return results;
}
