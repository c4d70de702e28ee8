#pragma once

#include "Clock.h"
#include "Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace comptoir::sandbox {

// The training library's circulation rules, applied to its SQLite file the way Koha applies them
// (C4::Circulation, C4::Reserves): check-in captures requests, checkout fills them, holds queue up
// by priority. The SIP2 server and the live mode act through it. Messages are in French: they are
// what staff read on screen.
class Circulation
{
public:
    static constexpr int HoldPickupDays = 10; // ReservesMaxPickUpDelay when the library did not set it
    static constexpr int LoanDays = 28;

    Circulation(const QString& dataFile, const Clock& clock);
    ~Circulation();
    Status open();
    QSqlDatabase database() const { return m_db; }

    struct Library
    {
        QString id, name;
        bool pickupLocation = false;
        bool lockerBank = false;
    };
    QList<Library> libraries();
    // Koha's system preference ReservesMaxPickUpDelay: the days a request stays waiting once its item
    // is captured at the pickup library (its expiration_date). Kept in the meta table as
    // "syspref.ReservesMaxPickUpDelay"; HoldPickupDays when unset or not a number.
    int reservesMaxPickUpDelay();
    bool isLibrary(const QString& id);

    // Koha's CV alert types.
    enum class Alert { None, HoldHere, HoldElsewhere, SendElsewhere, Other };
    struct Checkin
    {
        bool ok = false;
        bool itemKnown = false; // the barcode is one of the library's items
        Alert alert = Alert::None;
        QString destination; // CT: where the item goes (pickup library, home)
        QString barcode, title, callNumber, homeLibrary;
        QString previousBorrower;               // AA: card number of who had it
        QString holdPatronCard, holdPatronName; // CY, DA ("Surname, Firstname")
        qint64 holdId = 0;
        QStringList messages; // AF
    };
    Result<Checkin> checkin(const QString& barcode, const QString& library);

    struct Checkout
    {
        bool ok = false;
        bool patronValid = false;
        bool renewal = false;
        QString title;
        QDate due;
        QStringList messages;
    };
    Result<Checkout> checkout(const QString& card, const QString& barcode, const QString& library);

    // SIP2 circulation status codes (18).
    struct ItemStatus
    {
        bool found = false;
        QString circulationStatus = QStringLiteral("01");
        QString barcode, title, homeLibrary, holdingLibrary, callNumber, destination;
        int holdQueue = 0;
        QDate due, pickupExpiry;
    };
    Result<ItemStatus> itemStatus(const QString& barcode);

    struct PatronStatus
    {
        bool found = false;
        bool restricted = false;
        bool expired = false;
        QString card, name, category, library;
        QStringList waiting, unavailable, charged, overdue; // item barcodes (titles for title-level requests)
    };
    Result<PatronStatus> patronStatus(const QString& card);

    struct HoldChange
    {
        bool ok = false;
        bool available = false;
        int queuePosition = 0;
        QString pickup, title, barcode;
        QStringList messages;
    };
    enum class HoldMode { Add, Delete, Change };
    // Places (or cancels, or moves) a patron's request on the record of the item with this barcode;
    // itemLevel asks for that very copy.
    Result<HoldChange> hold(HoldMode mode, const QString& card, const QString& barcode, const QString& pickup,
                            bool itemLevel);

private:
    Status begin();
    Status commit();
    void rollback();
    Status moveQueueUp(qint64 biblioId, int priority, const QString& stamp);
    // A request leaves the current ones for old_holds (Koha's old_reserves), filled or cancelled.
    enum class Retire { Filled, Cancelled };
    Status retire(qint64 holdId, Retire how, const QString& stamp);
    QString now() const;
    QString today() const;

    QString m_dataFile;
    QString m_connection;
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace comptoir::sandbox
