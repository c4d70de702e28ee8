#pragma once

#include "Result.h"
#include "desk/ShelfLayout.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <iterator>
#include <memory>
#include <vector>

namespace comptoir {
class CacheStore;
}

namespace comptoir::desk {

struct PullLine
{
    qint64 itemId = 0;
    qint64 biblioId = 0;
    QString barcode, callNumber, title, author, location, pickup;
    QString zone;           // the zone's name, empty when the location is in no zone
    qint64 holdGroupId = 0; // click & collect order, 0 for a plain request
    int zoneIndex = -1;     // index of the zone in the layout, -1 when none
    int locationRank = 0;   // position of the location in the site's walking order
    int waiting = 0;        // requests still waiting for a copy of this title, across the network
};

// The site's pick list, in walking order. 10^5 to 10^6 lines: kept compact (a few integers per
// line, its texts in one shared UTF-8 buffer, titles and authors once per record, locations and
// pickup sites shared), each line made whole only when it is asked for. Copies share the data.
class PullList
{
public:
    // A text in the list's shared buffer.
    struct Text
    {
        qint32 at = 0; // in Data::text (UTF-8)
        qint32 size = 0;
    };
    qsizetype size() const { return m_data ? qsizetype(m_data->walk.size()) : 0; }
    bool isEmpty() const { return size() == 0; }
    PullLine at(qsizetype i) const;
    PullLine operator[](qsizetype i) const { return at(i); }
    // Parts of a line without making it whole.
    QString barcode(qsizetype i) const;
    int zoneIndex(qsizetype i) const;
    qint64 holdGroupId(qsizetype i) const;
    const QString& pickup(qsizetype i) const;

    class const_iterator
    {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = PullLine;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = PullLine;
        const_iterator(const PullList* list, qsizetype i)
            : m_list(list)
            , m_i(i)
        {
        }
        PullLine operator*() const { return m_list->at(m_i); }
        const_iterator& operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator==(const const_iterator& other) const { return m_i == other.m_i; }
        bool operator!=(const const_iterator& other) const { return m_i != other.m_i; }

    private:
        const PullList* m_list;
        qsizetype m_i;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    friend Result<PullList> buildPullList(CacheStore& cache, const QString& site, const ShelfLayout& layout);
    struct Line
    {
        qint64 itemId = 0;
        qint64 biblioId = 0;
        qint64 holdGroupId = 0;
        Text barcode, call;
        qint32 record = -1;  // in records, -1: none
        qint32 location = 0; // in locations
        qint32 pickup = 0;   // in pickups
        qint32 waiting = 0;
    };
    struct Record
    {
        Text title, author;
    };
    struct Location
    {
        QString name, zone;
        int zoneIndex = -1;
        int rank = 0;
    };
    struct Data
    {
        std::vector<Line> lines;  // in the order they were read
        std::vector<qint32> walk; // the lines in walking order: walk[i] is the i-th line's index
        QByteArray text;          // barcodes, call numbers, titles and authors, one after another
        QStringList pickups;
        std::vector<Record> records;
        QList<Location> locations;
        QString string(Text t) const { return QString::fromUtf8(text.constData() + t.at, t.size); }
        const Line& line(qsizetype i) const { return lines[size_t(walk[size_t(i)])]; }
    };
    std::shared_ptr<const Data> m_data;
};

// The site's pick list from the cache, in walking order: zone by zone, shelving locations in the
// order the site walks them (locations in no zone come last, by name), then call numbers in shelf
// order, then barcodes (as numbers when they are digits). Reads SQLite directly: this is the one
// screen built from 10^5 rows at once. The shelf keys are stored with the lines (CacheStore), so the
// order is read from an index and the lines only bucketed by location: no sort.
Result<PullList> buildPullList(CacheStore& cache, const QString& site, const ShelfLayout& layout);

// The one read buildPullList makes (a site bound to its one parameter): the packed lines in shelf
// order, from the walk index alone (tests check SQLite's plan of it).
extern const char* const PullListSql;

} // namespace comptoir::desk
