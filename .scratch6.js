const RE2 = require('re2');
const time = (fn, N=5000) => { for (let i=0;i<500;i++) fn(i); const s=process.hrtime.bigint(); for (let i=0;i<N;i++) fn(i); return (Number(process.hrtime.bigint()-s)/1e3/N).toFixed(2); };
const t = 'Refund order 4111 1111 1111 1111 now. '.repeat(100);
const re = new RE2('\\b\\d{3}[- ]\\d{2}[- ]\\d{4}\\b', 'g');
const slices = Array.from({length: 90}, (_, i) => t.slice(38*i, 38*i+120));
const flats = slices.map(s => (' ' + s).slice(1)); // still sliced? 
const flat2 = slices.map(s => JSON.parse(JSON.stringify(s)));
console.log('same', time(() => { re.lastIndex = 5; re.exec(slices[0]); }));
console.log('rotating precomputed slices', time((i) => { re.lastIndex = 5; re.exec(slices[i%90]); }));
console.log('rotating flat strings', time((i) => { re.lastIndex = 5; re.exec(flat2[i%90]); }));
console.log('rotating 2 strings', time((i) => { re.lastIndex = 5; re.exec(flat2[i%2]); }));
const bufs = flat2.map(s => Buffer.from(s));
console.log('rotating buffers', time((i) => { re.lastIndex = 5; re.exec(bufs[i%90]); }));
const short = Array.from({length: 90}, (_, i) => 'abc ' + i);
console.log('rotating short strings', time((i) => { re.lastIndex = 0; re.exec(short[i%90]); }));
