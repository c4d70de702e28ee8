#pragma once

class QCommandLineParser;

namespace comptoir::bench {

// comptoir-bench network (see bench_network.cpp).
int benchNetwork(const QCommandLineParser& parser);

} // namespace comptoir::bench
