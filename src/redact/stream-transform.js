"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.redactTransform = redactTransform;
const node_stream_1 = require("node:stream");
const node_string_decoder_1 = require("node:string_decoder");
/**
 * A Node Transform, text in and text out: strings or UTF-8 bytes in (a character split across
 * buffers is decoded whole), redacted strings out. The end of the input ends the text.
 */
function redactTransform(stream, options = {}) {
    const decoder = new node_string_decoder_1.StringDecoder('utf8');
    const emit = (text) => (text.length > 0 ? text : undefined);
    return new node_stream_1.Transform({
        highWaterMark: options.highWaterMark,
        signal: options.signal,
        decodeStrings: false,
        encoding: 'utf8',
        transform(chunk, _encoding, done) {
            done(null, emit(stream.push(typeof chunk === 'string' ? chunk : decoder.write(chunk))));
        },
        flush(done) {
            done(null, emit(stream.push(decoder.end()) + stream.flush()));
        },
    });
}
