"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_MAX_DEPTH = void 0;
exports.compileRecordRules = compileRecordRules;
const errors_1 = require("../rules/errors");
const clean_cache_1 = require("./clean-cache");
const key_glob_1 = require("./key-glob");
const markers_1 = require("./markers");
const paths_1 = require("./paths");
exports.DEFAULT_MAX_DEPTH = 100;
function compileRecordRules(policy, options = {}) {
    const { censor = markers_1.DEFAULT_CENSOR, summaryKey, scanBinary = false, maxDepth = exports.DEFAULT_MAX_DEPTH } = options;
    if (typeof censor !== 'string')
        throw new TypeError('records.censor must be a string');
    if (summaryKey !== undefined && (typeof summaryKey !== 'string' || summaryKey.length === 0)) {
        throw new TypeError('records.summaryKey must be a non-empty string');
    }
    if (!(maxDepth === Infinity || (Number.isInteger(maxDepth) && maxDepth >= 1))) {
        throw new RangeError('records.maxDepth must be a whole number of at least 1, or Infinity');
    }
    const { keys, paths, skip } = policy.ruleSet;
    let root;
    try {
        root = (0, paths_1.compilePaths)({ censor: paths, skip });
    }
    catch (err) {
        // The rule set no longer knows which file a path came from; the message quotes the path.
        throw new errors_1.RuleFileError([{ file: '<rules>', reason: `paths/skip: ${err.message}` }]);
    }
    return {
        keys: (0, key_glob_1.compileKeyGlobs)(keys),
        root,
        censor,
        summaryKey,
        scanBinary,
        maxDepth,
        minLength: policy.minLength,
        cleanKeys: new clean_cache_1.CleanCache(),
        cleanText: new clean_cache_1.CleanCache(),
    };
}
