const eng = require('./dist/src/engine/node-re2.js');
const real = eng.loadNodeRe2;
const stats = new Map();
eng.loadNodeRe2 = () => { const e = real(); const c = e.compile; e.compile = (p, cap) => { const m = c(p, cap); const key = (cap?'CAP ':'')+p.slice(0,60); return { exec(t, f, u) { const s=process.hrtime.bigint(); const r = m.exec(t, f, u); const d=Number(process.hrtime.bigint()-s); const x=stats.get(key)||{n:0,t:0,len:0}; x.n++; x.t+=d; x.len+=(u-f); stats.set(key,x); return r; } }; }; return e; };
const { createRedactor } = require('./dist/src/index.js');
const t = 'Refund order 4111 1111 1111 1111 now. '.repeat(100);
const r = createRedactor({ engine: 're2' });
const N=50; for (let i=0;i<N;i++) r.redact(t);
let tot=0; for (const [k,v] of stats) { tot+=v.t; console.log(String(v.n/N).padEnd(6), (v.t/v.n/1000).toFixed(2)+'µs', 'avglen', Math.round(v.len/v.n), k); }
console.log('exec total per call µs', tot/N/1000);
const s=process.hrtime.bigint(); for (let i=0;i<N;i++) r.redact(t); console.log('call µs', Number(process.hrtime.bigint()-s)/1e3/N);
console.log(r.redact('Refund order 4111 1111 1111 1111 now.'));
