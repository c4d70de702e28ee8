#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir {
class CacheStore;
}

namespace comptoir::sync {

// The SIP2-only profile's queue: an ILS without a REST API exports its pick list as a CSV report,
// and the counter imports it. Columns are found by their header (English or French names, any
// case): barcode / code-barres (required), callnumber / cote, title / titre, author / auteur,
// location / localisation, pickup / retrait (library code), cardnumber / carte, hold_date / date,
// item_id, biblio_id. Separator (; , tab) and encoding (UTF-8 with or without BOM, else
// Windows-1252 as French spreadsheets write it) are detected. A bad line is reported with its
// number and skipped; the others are imported.
struct CsvImportReport
{
    int lines = 0; // data lines read
    int imported = 0;
    struct Rejected
    {
        int line; // 1-based, counting the header
        QString reason;
    };
    QList<Rejected> rejected;
};

struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lineNumbers; // of each row in the file
};

// Bounds on a queue file. A network's pick list is at most some 10^5 lines of about fifteen
// columns (a few megabytes); a file beyond any of these is refused whole ("csv.size"), before its
// cells are kept: a wrong file chosen, or a damaged one, must not fill the memory.
constexpr qsizetype MaxCsvBytes = 32 * 1024 * 1024;
constexpr int MaxCsvRows = 200'000;
constexpr int MaxCsvColumns = 64;
constexpr qsizetype MaxCsvCells = 2'000'000; // all rows together

// Parses CSV text (RFC 4180 quoting, doubled quotes, newlines inside quotes).
Result<CsvTable> parseCsv(const QByteArray& bytes);

// Replaces the site's pick list in the cache with the file's lines.
Result<CsvImportReport> importQueueCsv(const QByteArray& bytes, const QString& site, CacheStore& cache);

} // namespace comptoir::sync
