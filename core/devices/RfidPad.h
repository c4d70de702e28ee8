#pragma once

#include "devices/RfidReader.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace comptoir::devices {

struct PadSettings
{
    SerialLine line;
    RfidDialect dialect = RfidDialect::Feig;
    int pollMs = 300;
    int blocks = 28;          // user memory read per tag (ICODE SLIX: 28 blocks of 4 bytes)
    quint8 afiLeaving = 0xC2; // written on checkout: the gate lets the item leave
    quint8 afiSecured = 0x07; // written on check-in: the gate alarms
};

// The staff station's RFID pad: watches what lies on it (a stack of tags), reads and decodes each
// new tag once, and announces each item once, after all parts of a box set had a chance to be
// seen; writes the security value on checkout and check-in and verifies it. A reader that stops
// answering or a cable pulled out is reported and retried; nothing is lost or crashes.
class RfidPad : public QObject
{
    Q_OBJECT
public:
    explicit RfidPad(QObject* parent = nullptr);

    void start(const PadSettings& settings);
    void stop();
    bool running() const { return m_running; }
    const PadSettings& settings() const { return m_settings; }
    RfidReader& reader() { return m_reader; }

    struct OnPad
    {
        QByteArray uid;
        quint8 dsfid = 0;
        TagData tag;
    };
    QList<OnPad> tags() const { return m_tags.values(); }

    // Sets the gate security of every part of the item on the pad: leaving (checkout) or secured
    // (check-in), verified by reading back. done gets the outcome.
    void setSecurity(const QString& barcode, bool leaving, std::function<void(Status)> done);

Q_SIGNALS:
    // An item on the pad, once per placing; missingCount: how many parts of its set are not on the
    // pad, missingParts: the first of them (at most MaxListedMissingParts).
    void itemPlaced(const comptoir::devices::TagData& tag, const QByteArray& uid, const QList<int>& missingParts,
                    int missingCount);
    void itemRemoved(const QString& barcode);
    void unreadableTag(const QByteArray& uid, const QString& problem);
    void stateChanged(bool connected, const QString& message);
    void diagnostic(const QString& line);

private:
    void poll();
    void cycleDone();
    void reopen();

    RfidReader m_reader;
    PadSettings m_settings;
    QTimer m_timer;
    bool m_running = false;
    bool m_busy = false;
    bool m_connected = false;
    bool m_missingReported = false; // "not found" said once until the port opens again
    int m_pendingReads = 0;
    QHash<QByteArray, OnPad> m_tags; // decoded tags on the pad, by UID
    QSet<QByteArray> m_unreadable;   // on the pad, could not be decoded (reported once)
    QHash<QByteArray, int> m_missed; // inventories in a row a tag on the pad was not seen by
    static constexpr int MissesBeforeRemoved = 2;
    QSet<QString> m_announced;  // items announced and still on the pad
    QSet<QString> m_waitedOnce; // incomplete sets already given one more cycle
};

} // namespace comptoir::devices
