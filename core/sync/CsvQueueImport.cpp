#include "sync/CsvQueueImport.h"

#include "Logging.h"
#include "store/CacheStore.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringDecoder>

#include <optional>

namespace comptoir::sync {

namespace {

QString decode(const QByteArray& bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(data);
    if (!utf8.hasError())
        return text;
    // Not UTF-8: a spreadsheet's Windows-1252 (Latin-1 with the € and œ of 0x80–0x9F).
    QStringDecoder windows("windows-1252");
    if (windows.isValid())
        return windows(data);
    return QString::fromLatin1(data);
}

QChar detectSeparator(const QString& firstLine)
{
    int best = 0;
    QChar separator = QLatin1Char(';');
    for (QChar candidate : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')}) {
        const int n = int(firstLine.count(candidate));
        if (n > best) {
            best = n;
            separator = candidate;
        }
    }
    return separator;
}

QString normalise(const QString& name)
{
    QString n = name.trimmed().toLower();
    n = n.normalized(QString::NormalizationForm_D);
    QString out;
    for (QChar c : n)
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

enum class Column { Barcode, CallNumber, Title, Author, Location, Pickup, Card, HoldDate, ItemId, BiblioId };

const QHash<QString, Column>& aliases()
{
    static const QHash<QString, Column> map = {
        {QStringLiteral("barcode"), Column::Barcode},
        {QStringLiteral("codebarres"), Column::Barcode},
        {QStringLiteral("itembarcode"), Column::Barcode},
        {QStringLiteral("externalid"), Column::Barcode},
        {QStringLiteral("callnumber"), Column::CallNumber},
        {QStringLiteral("itemcallnumber"), Column::CallNumber},
        {QStringLiteral("cote"), Column::CallNumber},
        {QStringLiteral("title"), Column::Title},
        {QStringLiteral("titre"), Column::Title},
        {QStringLiteral("author"), Column::Author},
        {QStringLiteral("auteur"), Column::Author},
        {QStringLiteral("location"), Column::Location},
        {QStringLiteral("localisation"), Column::Location},
        {QStringLiteral("pickup"), Column::Pickup},
        {QStringLiteral("pickuplibraryid"), Column::Pickup},
        {QStringLiteral("branchcode"), Column::Pickup},
        {QStringLiteral("retrait"), Column::Pickup},
        {QStringLiteral("lieuderetrait"), Column::Pickup},
        {QStringLiteral("cardnumber"), Column::Card},
        {QStringLiteral("carte"), Column::Card},
        {QStringLiteral("holddate"), Column::HoldDate},
        {QStringLiteral("reservedate"), Column::HoldDate},
        {QStringLiteral("date"), Column::HoldDate},
        {QStringLiteral("itemid"), Column::ItemId},
        {QStringLiteral("itemnumber"), Column::ItemId},
        {QStringLiteral("biblioid"), Column::BiblioId},
        {QStringLiteral("biblionumber"), Column::BiblioId},
    };
    return map;
}

// A stable negative id for a copy the file names only by barcode (real ILS ids are positive).
qint64 syntheticId(const QString& barcode)
{
    quint64 h = 1469598103934665603ULL;
    for (QChar c : barcode) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return -qint64(h & 0x3FFFFFFFFFFFFFFFULL) - 1;
}

} // namespace

Result<CsvTable> parseCsv(const QByteArray& bytes)
{
    if (bytes.size() > MaxCsvBytes)
        return Error{
            QStringLiteral("csv.size"),
            QObject::tr("the file is larger than %L1 MB: it is not a pick list").arg(MaxCsvBytes / (1024 * 1024))};
    const QString text = decode(bytes);
    if (text.trimmed().isEmpty())
        return Error{QStringLiteral("csv.empty"), QObject::tr("the file is empty")};
    const QChar separator = detectSeparator(text.section(QLatin1Char('\n'), 0, 0));
    CsvTable table;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int rowLine = 1;
    qsizetype cells = 0;
    std::optional<Error> tooBig;
    // False (with tooBig set) once the file goes beyond a bound.
    auto endField = [&] {
        if (row.size() >= MaxCsvColumns) {
            tooBig = Error{QStringLiteral("csv.size"),
                           QObject::tr("line %L1: more than %L2 columns").arg(rowLine).arg(MaxCsvColumns)};
            return false;
        }
        row << field;
        field.clear();
        fieldStarted = false;
        return true;
    };
    auto endRow = [&] {
        if (!endField())
            return false;
        const bool blank = row.size() == 1 && row.first().trimmed().isEmpty();
        if (!blank) {
            if (table.header.isEmpty()) {
                table.header = row;
            } else {
                cells += row.size();
                if (table.rows.size() >= MaxCsvRows || cells > MaxCsvCells) {
                    tooBig = Error{QStringLiteral("csv.size"),
                                   QObject::tr("line %L1: more than %L2 lines or %L3 cells: it is not a pick list")
                                       .arg(rowLine)
                                       .arg(MaxCsvRows)
                                       .arg(MaxCsvCells)};
                    return false;
                }
                table.rows << row;
                table.lineNumbers << rowLine;
            }
        }
        row.clear();
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            if (!endField())
                return *tooBig;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            if (!endRow())
                return *tooBig;
            ++line;
            rowLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error{QStringLiteral("csv.quote"), QObject::tr("line %1: a quoted field is never closed").arg(rowLine)};
    if ((fieldStarted || !row.isEmpty()) && !endRow())
        return *tooBig;
    return table;
}

Result<CsvImportReport> importQueueCsv(const QByteArray& bytes, const QString& site, CacheStore& cache)
{
    auto parsed = parseCsv(bytes);
    if (!parsed)
        return parsed.error();
    const CsvTable& table = parsed.value();
    QHash<Column, int> index;
    for (int i = 0; i < table.header.size(); ++i) {
        const auto it = aliases().constFind(normalise(table.header[i]));
        if (it != aliases().cend() && !index.contains(it.value()))
            index.insert(it.value(), i);
    }
    if (!index.contains(Column::Barcode))
        return Error{QStringLiteral("csv.columns"),
                     QObject::tr("no barcode column (expected a header such as \"barcode\" or \"code-barres\")")};
    auto cell = [&index](const QStringList& row, Column column) {
        const int i = index.value(column, -1);
        return i >= 0 && i < row.size() ? row[i].trimmed() : QString();
    };

    CsvImportReport report;
    Database& db = cache.database();
    const Status written = db.transaction([&]() -> Status {
        if (auto r = db.exec(QStringLiteral("DELETE FROM pick_list WHERE site = ?"), {site}); !r)
            return r.status();
        auto pick = db.prepare(QStringLiteral("INSERT OR REPLACE INTO pick_list (site, item_id, biblio_id, barcode, "
                                              "patron_id, pickup_library_id, callnumber, hold_date, hold_group_id, "
                                              "item_level, notes) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, NULL, 0, NULL)"));
        auto item =
            db.prepare(QStringLiteral("INSERT OR REPLACE INTO items (item_id, barcode, biblio_id, callnumber, "
                                      "location, home_library_id, holding_library_id) VALUES (?, ?, ?, ?, ?, ?, "
                                      "?)"));
        auto biblio =
            db.prepare(QStringLiteral("INSERT OR REPLACE INTO biblios (biblio_id, title, author) VALUES (?, ?, ?)"));
        if (!pick || !item || !biblio)
            return !pick ? pick.status() : !item ? item.status() : biblio.status();
        QSet<QString> seen;
        for (int r = 0; r < table.rows.size(); ++r) {
            const QStringList& row = table.rows[r];
            const int line = table.lineNumbers[r];
            ++report.lines;
            const QString barcode = cell(row, Column::Barcode);
            if (barcode.isEmpty()) {
                report.rejected.append({line, QObject::tr("no barcode")});
                continue;
            }
            if (barcode.size() > 64 || barcode.contains(QLatin1Char(' '))) {
                report.rejected.append({line, QObject::tr("unreadable barcode \"%1\"").arg(barcode.left(64))});
                continue;
            }
            if (seen.contains(barcode)) {
                report.rejected.append({line, QObject::tr("barcode %1 is listed twice").arg(barcode)});
                continue;
            }
            seen.insert(barcode);
            bool ok = true;
            const QString itemText = cell(row, Column::ItemId);
            const qint64 itemId = itemText.isEmpty() ? syntheticId(barcode) : itemText.toLongLong(&ok);
            const QString biblioText = cell(row, Column::BiblioId);
            bool biblioOk = true;
            const qint64 biblioId = biblioText.isEmpty() ? itemId : biblioText.toLongLong(&biblioOk);
            if (!ok || !biblioOk) {
                report.rejected.append({line, QObject::tr("item or record number is not a number")});
                continue;
            }
            const QString pickup = cell(row, Column::Pickup);
            if (Status s = db.run(pick.value(), {site, itemId, biblioId, barcode, pickup.isEmpty() ? site : pickup,
                                                 cell(row, Column::CallNumber), cell(row, Column::HoldDate)});
                !s.ok())
                return s;
            if (Status s = db.run(item.value(), {itemId, barcode, biblioId, cell(row, Column::CallNumber),
                                                 cell(row, Column::Location), site, site});
                !s.ok())
                return s;
            if (Status s = db.run(biblio.value(), {biblioId, cell(row, Column::Title), cell(row, Column::Author)});
                !s.ok())
                return s;
            ++report.imported;
        }
        return {};
    });
    if (!written.ok())
        return written.error();
    qCInfo(lcSync) << "queue imported from CSV:" << report.imported << "lines," << report.rejected.size() << "rejected";
    return report;
}

} // namespace comptoir::sync
