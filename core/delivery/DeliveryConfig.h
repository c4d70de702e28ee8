#pragma once

#include "delivery/Weight.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTime>

namespace comptoir {
class Settings;
}

namespace comptoir::delivery {

// A patron's primary address, as Koha's patron object has it (koha-api/definitions/patron.yaml).
struct Address
{
    QString streetNumber, streetType, address, address2, city, postalCode, country;
    QString phone, mobile, email;
    // "12 bis rue des Lilas, Bât. B"
    QString street() const;
    // "12 bis rue des Lilas, Bât. B, 59100 Villeurbanne-sur-Lys"
    QString oneLine() const;
    // The number to call: phone, else mobile.
    QString bestPhone() const { return phone.isEmpty() ? mobile : phone; }
    bool isEmpty() const { return address.isEmpty() && city.isEmpty() && postalCode.isEmpty(); }
};

// Whether an order can be delivered, and why not.
struct Eligibility
{
    bool ok = true;
    QString reason; // empty when ok
};

// What to do when an order weighs more than a parcel may.
enum class Overweight { Split, Call };
// Where the items of a parcel brought back (absent, refused) go.
enum class BroughtBack { CheckIn, HoldShelf };

// The home delivery service as the library set it up (settings delivery/…): where requests for
// delivery are placed, who can be delivered, when the rounds go, what a parcel may weigh and cost.
// None of it is a constant: Levallois's 13:00, 16:00–20:00, 5 € and 2 kg are the defaults.
struct DeliveryConfig
{
    QString location;        // the ILS's pickup library for home delivery; empty: no delivery
    QStringList towns;       // eligible towns (accents and case ignored); empty with no postal codes: any
    QStringList postalCodes; // eligible postal codes
    QStringList categories;  // eligible patron categories; empty: any
    QTime cutoff = QTime(13, 0);
    QTime windowStart = QTime(16, 0), windowEnd = QTime(20, 0);
    int feeCents = 500;
    QSet<int> days = {1, 2, 3, 4, 5, 6}; // Qt::DayOfWeek: Monday 1 … Sunday 7
    QSet<QDate> closed;                  // closed days (holidays)
    int maxParcelGrams = 2000;
    Overweight overweight = Overweight::Split;
    BroughtBack broughtBack = BroughtBack::CheckIn;
    QString billingEncoding = QStringLiteral("utf-8"); // or "windows-1252"
    int addressRetentionDays = 30;                     // after the billing month
    WeightDefaults weights;

    static DeliveryConfig load(const Settings& settings);
    bool enabled() const { return !location.isEmpty(); }

    bool isDeliveryDay(const QDate& day) const;
    // The first delivery day strictly after `day`.
    QDate nextDeliveryDay(const QDate& day) const;
    // The round an order placed at `ordered` (local time) goes in: before the cut-off, the next
    // delivery day after that day; at or after it, the delivery day after that one.
    QDate roundFor(const QDateTime& ordered) const;
    // The round being prepared on `today`: the next delivery day (today's orders before the
    // cut-off go in it).
    QDate preparingRound(const QDate& today) const { return nextDeliveryDay(today); }
    // "16:00–20:00"
    QString windowText() const;

    Eligibility eligible(const Address& address, const QString& category) const;
};

} // namespace comptoir::delivery
