const {KeywordAutomaton} = require('./dist/src/detect/aho-corasick.js');
const clean = JSON.stringify({level:30,time:1732870000000,pid:1234,hostname:'api-7f9c',msg:'chat completion',model:'gpt-4o-mini',prompt:'Summarise the quarterly report for the board meeting and list the three main risks with mitigation steps. '.repeat(6),latency_ms:812,tokens:{input:512,output:210}}).slice(0,1000);
const ac = new KeywordAutomaton(['AKIA','ASIA','ABIA','ACCA','ghp_','gho_','ghu_','ghs_','ghr_','sk-','eyJ','-----BEGIN','bearer']);
// variant: prescaled with negative terminals
const {classOf, width, delta, outStart} = ac;
const states = delta.length / width;
const d2 = new Int32Array(delta.length);
for (let s = 0; s < states; s++) for (let c = 0; c < width; c++) { const t = delta[s*width+c]; d2[s*width+c] = (outStart[t+1] > outStart[t]) ? -(t*width) : t*width; }
function scan2(text, hit) { let s = 0; for (let i = 0; i < text.length; i++) { s = d2[s + classOf[text.charCodeAt(i)]]; if (s < 0) { s = -s; hit(s / width, i); } } }
function scan3(text) { let s = 0, h = 0; for (let i = 0; i < text.length; i++) { s = d2[s + classOf[text.charCodeAt(i)]]; if (s < 0) { s = -s; h++; } } return h; }
const f = () => {};
const time = (name, fn, N=50000) => { for (let i=0;i<2000;i++) fn(); const t=process.hrtime.bigint(); for (let i=0;i<N;i++) fn(); return Number(process.hrtime.bigint()-t)/1e3/N; };
for (let k=0;k<3;k++) console.log('orig', time('o', () => ac.scan(clean, f)).toFixed(2), 'scan2', time('2', () => scan2(clean, f)).toFixed(2), 'scan3', time('3', () => scan3(clean)).toFixed(2), 'charCodeAt loop', time('c', () => { let x=0; for (let i=0;i<clean.length;i++) x+=clean.charCodeAt(i); return x; }).toFixed(2));
