// Loaded with `node --import` before the CLI: at exit, writes the process's own
// resource usage (peak RSS, CPU time) to $BENCH_RUSAGE_FILE, so a benchmark can
// read a child's figures without an outside tool such as GNU time.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RUSAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: u.maxRSS, cpuS: (u.userCPUTime + u.systemCPUTime) / 1e6 }));
  });
}
