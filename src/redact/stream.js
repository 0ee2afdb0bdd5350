"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createRedactionStream = createRedactionStream;
const stream_scan_1 = require("./stream-scan");
const stream_plan_1 = require("./stream-plan");
/**
 * `failed` replaces whatever was held back and the chunk being pushed when the engine fails (fail
 * closed); the stream then starts afresh after them.
 */
function createRedactionStream(guard, failed) {
    let scanner;
    let bound = 0;
    const scannerFor = (policy) => (scanner ??= new stream_scan_1.StreamScanner(policy));
    const fail = () => {
        scanner = undefined;
        return failed;
    };
    return {
        push(chunk) {
            if (typeof chunk !== 'string')
                throw new TypeError(`push() takes a string, got ${typeof chunk}`);
            return guard((p) => scannerFor(p).push(p, chunk), fail);
        },
        flush() {
            if (scanner === undefined)
                return '';
            return guard((p) => {
                const out = scanner.finish(p);
                scanner = undefined;
                return out;
            }, fail);
        },
        get pending() {
            return scanner?.pending ?? 0;
        },
        get bound() {
            if (bound === 0)
                bound = guard((p) => (0, stream_plan_1.streamPlan)(p).bound, () => 0);
            return bound;
        },
    };
}
