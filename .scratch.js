const {WrappedRE2}=require('re2-wasm/build/wasm/re2.js');
function b(pat, line, N=20000){const w=new WrappedRE2(pat,false,false,false); let s=process.hrtime.bigint(); for(let i=0;i<N;i++) w.match(line,0,false); return (Number(process.hrtime.bigint()-s)/1e3/N).toFixed(2);}
const l1='x'.repeat(1000), l4='x'.repeat(4000), lt='The quick brown fox jumps over the lazy dog. '.repeat(23).slice(0,1000);
for (const p of ['zzz','[a-z]+@[a-z]+\\.com','\\b[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}\\b','(?:\\b\\d{3}-\\d{2}-\\d{4}\\b)|(?:\\b(?:\\d[ -]?){12,18}\\d\\b)|(?:[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,})'])
  console.log(p.slice(0,40).padEnd(42), '1K x', b(p,l1), '4K x', b(p,l4), '1K text', b(p,lt));
