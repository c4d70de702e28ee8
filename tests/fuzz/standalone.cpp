// Runs a fuzz target without libFuzzer (g++ builds, CTest): the seed corpus, then random mutations
// of it, for a number of iterations. The real fuzzing is .ci/fuzz (clang, libFuzzer, sanitizers).
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

static void run(const QByteArray& input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
}

int main(int argc, char* argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR... ITERATIONS\n", argv[0]);
        return 2;
    }
    QList<QByteArray> seeds;
    for (int arg = 1; arg < argc - 1; ++arg) {
        const QDir corpus(QString::fromLocal8Bit(argv[arg]));
        for (const QString& name : corpus.entryList(QDir::Files)) {
            QFile f(corpus.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                seeds << f.readAll();
        }
    }
    if (seeds.isEmpty())
        seeds << QByteArray();
    for (const QByteArray& seed : seeds)
        run(seed);
    const long iterations = std::strtol(argv[argc - 1], nullptr, 10);
    QRandomGenerator random(12345);
    for (long i = 0; i < iterations; ++i) {
        QByteArray input = seeds[random.bounded(int(seeds.size()))];
        const int edits = 1 + random.bounded(8);
        for (int e = 0; e < edits; ++e) {
            const int at = input.isEmpty() ? 0 : random.bounded(int(input.size()));
            switch (random.bounded(5)) {
            case 0:
                if (!input.isEmpty())
                    input[at] = char(random.bounded(256));
                break;
            case 1:
                input.insert(at, char(random.bounded(256)));
                break;
            case 2:
                input.remove(at, 1 + random.bounded(4));
                break;
            case 3: {
                const QByteArray& other = seeds[random.bounded(int(seeds.size()))];
                if (!other.isEmpty())
                    input.insert(at, other.mid(random.bounded(int(other.size()))));
                break;
            }
            default:
                if (!input.isEmpty())
                    input[at] = "|\r\n\";,{}[]0AZY"[random.bounded(15)];
            }
        }
        run(input);
    }
    std::printf("%ld inputs, no crash\n", iterations + long(seeds.size()));
    return 0;
}
