import { normaliseAndMerge } from './normalise';
normaliseAndMerge(100_000);
for (let i = 0; i < 3; i++) { const r = normaliseAndMerge(100_000); console.log(r.ms.toFixed(0), r.validateMs.toFixed(0)); }
