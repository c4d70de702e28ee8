#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace comptoir::delivery {

// What a record says of a document's size: UNIMARC 215 $a (extent: "312 p.", "1 disque compact
// (52 min)") and $d (dimensions: "24 cm", "24 x 15 cm"), 010 $b (binding: "br.", "rel."); MARC21
// 300 $a and $c, 020 $q. Plus the item type of the copy ("LIVRE", "CD", "DVD"…).
struct PhysicalDescription
{
    QString extent, dimensions, binding, itemType;
    QChar recordType; // leader/06: a text, j music, i spoken word, g video, r object (games), … ; null: unknown
    bool isEmpty() const { return extent.isEmpty() && dimensions.isEmpty() && binding.isEmpty(); }

    // Reads a MARC-in-JSON record (Koha's GET /biblios/{id}, Accept: application/marc-in-json),
    // UNIMARC or MARC21: UNIMARC when it has a 200 field, MARC21 when it has a 245.
    static PhysicalDescription fromMarcInJson(const QJsonObject& record);
};

// The defaults the estimate falls back on, in grams (editable: setting delivery/weightDefaults,
// JSON with the same keys).
struct WeightDefaults
{
    // A book: paper grams per page per cm² of page, and the cover.
    double paperGramsPerPageCm2 = 0.0038; // 76–80 g/m² book paper: 0.0076 g/cm² a leaf, two pages a leaf
    int paperbackCover = 30;
    int hardCover = 160;
    int bookNoPages = 450;      // a book whose record gives no page count
    int widthRatioPercent = 65; // width from height when the record gives only the height
    int bookHeightCm = 22;      // height when the record gives none
    int cd = 100;               // one disc in its jewel case
    int dvd = 150;              // one disc in its box
    int game = 900;             // a board game box
    int magazine = 250;         // an issue
    int other = 500;
    // Item types (the ILS's codes, upper case) that are games, magazines, discs, videos.
    QStringList gameTypes = {QStringLiteral("JEU"), QStringLiteral("GAME")};
    QStringList magazineTypes = {QStringLiteral("REVUE"), QStringLiteral("PER"), QStringLiteral("MAG")};
    QStringList cdTypes = {QStringLiteral("CD"), QStringLiteral("DISQUE")};
    QStringList dvdTypes = {QStringLiteral("DVD"), QStringLiteral("BLURAY"), QStringLiteral("VIDEO")};

    QJsonObject toJson() const;
    static WeightDefaults fromJson(const QJsonObject& json);
};

// An item's estimated weight and how it was reached (said to staff next to the figure).
struct WeightEstimate
{
    int grams = 0;
    QString basis; // "312 p., 24 cm", "default for a DVD", "weighed"
    bool fromRecord = false;
};

// Numbers read from a record's text: pages ("312 p.", "XII-280 p.", "[48] p.", "2 vol. (680 p.)"),
// height and width in cm ("24 cm", "24 x 15 cm", "15 × 21 cm", MARC21 "24 cm."), units ("2 disques
// compacts", "3 DVD").
int pagesOf(const QString& extent);
void dimensionsOf(const QString& dimensions, double* heightCm, double* widthCm);
int unitsOf(const QString& extent);

// Estimates an item's weight from its record (pages, size, binding) or its type's default.
WeightEstimate estimateWeight(const PhysicalDescription& physical, const WeightDefaults& defaults);

// One item to pack.
struct PackItem
{
    QString key; // the item's id for the caller
    int grams = 0;
};

// Items packed in parcels under `maxGrams` each (first fit, heaviest first): as few parcels as
// that gives, items in the order given within a parcel. An item heavier than the limit alone goes
// in a parcel of its own (over the limit: said to staff).
QList<QList<PackItem>> packParcels(const QList<PackItem>& items, int maxGrams);

} // namespace comptoir::delivery
