#pragma once

#include "devices/RfidFrame.h"
#include "devices/TagData.h"

#include <QObject>
#include <QProcess>
#include <QSerialPort>

// Simulated twins of the counter's serial devices. Each speaks the real protocol on one end of a
// pseudo-terminal pair made by socat, so the client's real QSerialPort code runs against it.
namespace comptoir::sandbox {

// Two linked pseudo-terminals, "a" and "b", made by socat; gone when stopped (the cable pulled out).
class PtyPair
{
public:
    PtyPair(QString a, QString b);
    ~PtyPair();
    bool start(int waitMs = 5000);
    void stop();
    bool running() const { return m_socat.state() == QProcess::Running; }
    qint64 processId() const { return m_socat.processId(); }
    QString a() const { return m_a; }
    QString b() const { return m_b; }
    static bool available(); // socat installed

private:
    QString m_a, m_b;
    QProcess m_socat;
};

// A barcode scanner: writes codes with its prefix and suffix.
class SimulatedScanner : public QObject
{
    Q_OBJECT
public:
    explicit SimulatedScanner(QObject* parent = nullptr);
    bool open(const QString& path, qint32 baud = 9600);
    void close() { m_port.close(); }
    void setFraming(QByteArray prefix, QByteArray suffix)
    {
        m_prefix = std::move(prefix);
        m_suffix = std::move(suffix);
    }
    void scan(const QString& code);
    void sendRaw(const QByteArray& bytes);

private:
    QSerialPort m_port;
    QByteArray m_prefix, m_suffix = "\r\n";
};

// An RFID pad (FEIG ISO host mode or 3M 810) with tags that can be placed and removed.
class SimulatedRfidPad : public QObject
{
    Q_OBJECT
public:
    struct Tag
    {
        QByteArray uid;    // E0 04 …
        QByteArray memory; // 28 blocks of 4 bytes
        quint8 afi = 0x07;
        quint8 dsfid = 0;
        int failAfiWrites = 0; // acknowledged but not kept, this many times (a weak tag)

        // The tag's side of the commands, the same in both dialects.
        int blocks() const { return int(memory.size() / 4); }
        bool holds(int first, int count) const { return count > 0 && first + count <= blocks(); }
        QByteArray block(int b) const { return memory.mid(qsizetype(b) * 4, 4); }
        void writeBlocks(int first, const QByteArray& data) { memory.replace(qsizetype(first) * 4, data.size(), data); }
        void writeAfi(quint8 value)
        {
            if (failAfiWrites > 0)
                --failAfiWrites; // acknowledged, not kept
            else
                afi = value;
        }
    };

    // How the FEIG twin answers "Get System Information" ([0xB0 0x2B]): in the FEIG manual's layout
    // (DSFID, UID, AFI, MEM-SIZE, IC-REF) or, as some readers do, in ISO/IEC 15693's own (flags,
    // UID least significant byte first, DSFID, AFI, memory size, IC reference).
    enum class SystemInfoLayout { Feig, Iso15693 };

    explicit SimulatedRfidPad(devices::RfidDialect dialect, QObject* parent = nullptr);
    void setSystemInfoLayout(SystemInfoLayout layout) { m_systemInfoLayout = layout; }
    // 3M: each tag of an inventory answer preceded by its DSFID (the reader's response options).
    void setInventoryDsfid(bool on) { m_inventoryDsfid = on; }
    bool open(const QString& path);
    void close() { m_port.close(); }

    // A tag for an item, in a data model; uid from a counter when none is given.
    static Tag makeTag(devices::TagModel model, const devices::TagData& data, QByteArray uid = {});
    void place(const Tag& tag);
    void remove(const QByteArray& uid);
    void clear() { m_tags.clear(); }
    QList<Tag> tags() const { return m_tags; }
    const Tag* tag(const QByteArray& uid) const;

    // Faults: stop answering; line noise before the next answer; a wrong CRC on the next answer.
    void setSilent(bool silent) { m_silent = silent; }
    void noiseBeforeNextAnswer(const QByteArray& noise) { m_noise = noise; }
    void corruptNextAnswer() { m_corrupt = true; }
    int maxTagsPerAnswer = 8; // FEIG: more tags than this → status 0x94 "more data"
    int requests = 0;

Q_SIGNALS:
    void requestHandled(quint8 command);

private:
    void readAvailable();
    devices::RfidFrame answer(const devices::RfidFrame& request);
    devices::RfidFrame answerFeig(const devices::RfidFrame& request);
    devices::RfidFrame answerThreeM(const devices::RfidFrame& request);
    Tag* find(const QByteArray& uid);

    devices::RfidDialect m_dialect;
    QSerialPort m_port;
    std::unique_ptr<devices::RfidFrameParser> m_parser;
    QList<Tag> m_tags;
    int m_inventoryCursor = 0;
    bool m_silent = false;
    bool m_corrupt = false;
    QByteArray m_noise;
    SystemInfoLayout m_systemInfoLayout = SystemInfoLayout::Feig;
    bool m_inventoryDsfid = false;
};

} // namespace comptoir::sandbox
