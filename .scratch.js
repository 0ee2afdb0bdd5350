const { createRedactor } = require('./dist/src/index.js');
const eng = require('./dist/src/engine/node-re2.js');
const orig = eng.loadNodeRe2;
const clean = JSON.stringify({level:30,time:1732870000000,pid:1234,hostname:'api-7f9c',msg:'chat completion',model:'gpt-4o-mini',prompt:'Summarise the quarterly report for the board meeting and list the three main risks with mitigation steps. '.repeat(6),latency_ms:812,tokens:{input:512,output:210}}).slice(0,1000);
const r = createRedactor({ engine: 're2' });
const t=process.hrtime.bigint(); for (let i=0;i<30000;i++) r.redact(clean); console.log(Number(process.hrtime.bigint()-t)/1e3/30000,'µs');
