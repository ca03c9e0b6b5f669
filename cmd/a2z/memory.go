package main

// readCacheBudget bounds the file contents kept between reads during a scan
// (parser.ReadCache). A tree of 100,000 resources holds about 17 MiB of
// configuration; beyond the budget files are read again instead.
const readCacheBudget = 64 << 20
