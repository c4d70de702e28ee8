#pragma once

class QCommandLineParser;

namespace comptoir::bench {

// comptoir-bench crate (see BenchCrate.cpp).
int benchCrate(const QCommandLineParser& parser);

} // namespace comptoir::bench
