// Preloaded into a benchmarked process: prints its peak resident memory when it exits.
process.on("exit", () => {
  console.log(`peak memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
});
