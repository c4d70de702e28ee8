#pragma once

#include "Result.h"

#include <QDate>
#include <QObject>
#include <QStringList>

#include <functional>

namespace comptoir::ils {
class KohaRestClient;
}

namespace comptoir::delivery {

class DeliveryService;

// A billed parcel whose fee is not on the patron's ILS account yet.
struct FeeDue
{
    QString parcelUuid, barcode, library;
    qint64 patronId = 0;
    int cents = 0;
    QDate round;
};

struct FeeReport
{
    int posted = 0;       // debits created now
    int alreadyThere = 0; // found on the account (an earlier answer was lost): not posted again
    QStringList failed;   // "LV000017: reason"
};

// The delivery fee posted to the patron's Koha account as a debit (POST
// /patrons/{patron_id}/account/debits), for the parcels that are billed: delivered or brought back
// absent (a refused parcel is not billed, so nothing is posted; a parcel still out has no outcome
// yet). Once per parcel, even after a lost answer: the account is read first (GET
// /patrons/{patron_id}/account/debits) and a debit whose internal note carries the parcel's mark
// ("comptoir-parcel:<uuid>") counts as posted. Each posting is recorded in the delivery event log
// (parcel, "fee_posted", the account line's id). Failures leave the parcel due: postDue() again
// later (the desk does it after each outcome).
class FeePoster : public QObject
{
    Q_OBJECT
public:
    FeePoster(DeliveryService& service, ils::KohaRestClient& rest, QObject* parent = nullptr);
    void setDebitType(const QString& type) { m_debitType = type; }
    const QString& debitType() const { return m_debitType; }
    static QString markFor(const QString& parcelUuid);

    // Every fee due, one parcel after the other.
    void postDue(std::function<void(Result<FeeReport>)> done);
    // One parcel's fee (its barcode), when it is due.
    void post(const FeeDue& due, std::function<void(FeeReport)> done);

    // Posts what is due whenever the delivery service changes (an outcome recorded), one run at a
    // time (a change during a run makes one more run after it).
    void setAutomatic(bool on);
    bool busy() const { return m_busy; }

Q_SIGNALS:
    void ran(const comptoir::delivery::FeeReport& report);

private:
    void runAgain();

    DeliveryService& m_service;
    QMetaObject::Connection m_watch;
    bool m_busy = false, m_again = false;
    ils::KohaRestClient& m_rest;
    QString m_debitType = QStringLiteral("DELIVERY");
};

} // namespace comptoir::delivery
