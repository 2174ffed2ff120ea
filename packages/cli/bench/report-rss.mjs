// Preloaded with `node --import` to report the peak resident memory of the process when it exits.
process.on("exit", () => {
  process.stderr.write(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
});
