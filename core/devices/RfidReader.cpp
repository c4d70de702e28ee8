#include "devices/RfidReader.h"

#include "Logging.h"

#include <QCoreApplication>

#include <algorithm>

namespace comptoir::devices {

namespace {

Error readerError(const QString& code, const QString& message)
{
    return {code, message};
}

// FEIG's layout: DSFID, UID (E0 first), AFI, MEM-SIZE (block size − 1, block count − 1), IC-REF.
std::optional<SystemInfo> feigSystemInfo(const QByteArray& d, const QByteArray& uid)
{
    if (d.size() < 10 || d.mid(1, 8) != uid)
        return std::nullopt;
    SystemInfo info;
    info.uid = uid;
    info.dsfid = quint8(d[0]);
    info.afi = quint8(d[9]);
    if (d.size() >= 12) {
        info.blockSize = (quint8(d[10]) & 0x1F) + 1;
        info.blockCount = quint8(d[11]) + 1;
    }
    if (d.size() >= 13)
        info.icReference = quint8(d[12]);
    return info;
}

// ISO/IEC 15693: flags, UID (least significant byte first), then what the flags announce.
std::optional<SystemInfo> isoSystemInfo(const QByteArray& d, const QByteArray& uid)
{
    if (d.size() < 9)
        return std::nullopt;
    QByteArray reversed = d.mid(1, 8);
    std::reverse(reversed.begin(), reversed.end());
    const quint8 flags = quint8(d[0]);
    if (reversed != uid || (flags & 0xF0))
        return std::nullopt; // another tag, or flags ISO leaves unused (not this layout)
    const qsizetype needed =
        9 + ((flags & 0x01) ? 1 : 0) + ((flags & 0x02) ? 1 : 0) + ((flags & 0x04) ? 2 : 0) + ((flags & 0x08) ? 1 : 0);
    if (d.size() < needed)
        return std::nullopt;
    SystemInfo info;
    info.uid = uid;
    qsizetype at = 9;
    if (flags & 0x01)
        info.dsfid = quint8(d[at++]);
    if (flags & 0x02)
        info.afi = quint8(d[at++]);
    if (flags & 0x04) {
        info.blockCount = quint8(d[at]) + 1;
        info.blockSize = (quint8(d[at + 1]) & 0x1F) + 1;
        at += 2;
    }
    if (flags & 0x08)
        info.icReference = quint8(d[at++]);
    return info;
}

} // namespace

Result<SystemInfo> parseSystemInfo(const QByteArray& data, const QByteArray& uid)
{
    const std::optional<SystemInfo> feig = feigSystemInfo(data, uid);
    const std::optional<SystemInfo> iso = isoSystemInfo(data, uid);
    // A UID that reads the same both ways (E0 … E0) fits both: FEIG's answer is exactly 13 bytes,
    // ISO's as long as its flags say; the documented FEIG layout wins a tie.
    if (feig && (!iso || data.size() == 13))
        return *feig;
    if (iso)
        return *iso;
    // (Another tag's answer and a short one read the same to staff: put the item back.)
    return readerError(
        QStringLiteral("rfid.frame"),
        QCoreApplication::translate("comptoir::devices::RfidReader", "The RFID reader sent a short answer."));
}

RfidReader::RfidReader(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RfidReader::timedOut);
    connect(&m_port, &QSerialPort::readyRead, this, &RfidReader::readAvailable);
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        if ((error != QSerialPort::ResourceError && error != QSerialPort::ReadError &&
             error != QSerialPort::WriteError) ||
            !m_port.isOpen())
            return;
        const QString why = m_port.errorString();
        qCWarning(lcDevices) << "RFID port lost:" << why;
        m_port.close();
        fail(readerError(QStringLiteral("rfid.port"), tr("The RFID reader was disconnected (%1).").arg(why)));
        Q_EMIT portLost(why);
    });
}

RfidReader::~RfidReader() = default;

Status RfidReader::open(const SerialLine& line, RfidDialect dialect)
{
    close();
    m_dialect = dialect;
    m_parser = std::make_unique<RfidFrameParser>(dialect, true);
    if (const QString problem = openSerial(m_port, line); !problem.isEmpty())
        return Error{QStringLiteral("rfid.open"), problem};
    m_port.clear();
    return {};
}

void RfidReader::close()
{
    m_timer.stop();
    if (m_port.isOpen())
        m_port.close();
    fail(readerError(QStringLiteral("rfid.closed"), tr("The RFID reader was closed.")));
}

void RfidReader::fail(const Error& error)
{
    // Everything waiting gets the error: callers never wait for an answer that cannot come.
    std::deque<Pending> queue;
    queue.swap(m_queue);
    m_inFlight = false;
    m_timer.stop();
    for (Pending& p : queue)
        p.done(error);
}

void RfidReader::send(RfidFrame request, FrameDone done)
{
    if (!m_port.isOpen()) {
        done(readerError(QStringLiteral("rfid.closed"), tr("The RFID reader is not connected.")));
        return;
    }
    m_queue.push_back({std::move(request), std::move(done), 2});
    if (!m_inFlight)
        transmitFront();
}

void RfidReader::transmitFront()
{
    if (m_queue.empty() || !m_port.isOpen()) {
        m_inFlight = false;
        return;
    }
    m_inFlight = true;
    m_parser->reset();
    const QByteArray bytes = encodeFrame(m_dialect, m_queue.front().request);
    Q_EMIT diagnostic(QStringLiteral("→ ") + hexBytes(bytes));
    m_port.write(bytes);
    m_timer.start(m_timeoutMs);
}

void RfidReader::readAvailable()
{
    const QByteArray bytes = m_port.readAll();
    if (!m_parser || bytes.isEmpty())
        return;
    const auto out = m_parser->feed(bytes);
    for (const QString& problem : out.problems) {
        qCDebug(lcDevices) << "RFID:" << problem;
        Q_EMIT diagnostic(QStringLiteral("! ") + problem);
    }
    for (const RfidFrame& frame : out.frames) {
        Q_EMIT diagnostic(QStringLiteral("← ") + hexBytes(encodeFrame(m_dialect, frame)));
        if (!m_inFlight || m_queue.empty())
            continue; // an answer nobody waits for (after a time-out): dropped
        if (frame.command != m_queue.front().request.command)
            continue; // not the answer to this command
        Pending pending = std::move(m_queue.front());
        m_queue.pop_front();
        m_timer.stop();
        m_inFlight = false;
        pending.done(frame);
        if (!m_inFlight)
            transmitFront();
    }
}

void RfidReader::timedOut()
{
    if (m_queue.empty()) {
        m_inFlight = false;
        return;
    }
    Pending& front = m_queue.front();
    if (front.triesLeft-- > 0) {
        Q_EMIT diagnostic(QStringLiteral("! no answer, sending again"));
        transmitFront();
        return;
    }
    qCWarning(lcDevices) << "RFID reader does not answer";
    fail(readerError(QStringLiteral("rfid.timeout"),
                     tr("The RFID reader does not answer. Check its cable and power; it is tried again.")));
}

Error RfidReader::statusError(quint8 status) const
{
    const QString hex = QStringLiteral("%1").arg(status, 2, 16, QLatin1Char('0')).toUpper();
    if ((m_dialect == RfidDialect::Feig && status == feig::NoTransponder) ||
        (m_dialect == RfidDialect::ThreeM && status == threem::NoTransponder))
        return readerError(QStringLiteral("rfid.notag"), tr("The tag has left the pad."));
    return readerError(QStringLiteral("rfid.status"), tr("The RFID reader refused the command (status %1).").arg(hex));
}

void RfidReader::inventory(std::function<void(Result<QList<TagSeen>>)> done)
{
    inventoryStep({}, 0, std::move(done));
}

void RfidReader::inventoryStep(QList<TagSeen> sofar, int round, std::function<void(Result<QList<TagSeen>>)> done)
{
    RfidFrame request;
    if (m_dialect == RfidDialect::Feig) {
        request.command = feig::IsoHost;
        request.data = QByteArray(1, char(feig::Inventory)) + char(round > 0 ? feig::ModeMore : 0);
    } else {
        request.command = threem::Inventory;
        request.data = QByteArray("\x00\x05", 2); // every AFI, options as Biblio::RFID sends them
    }
    send(request, [this, sofar, round, done](Result<RfidFrame> answer) mutable {
        if (!answer)
            return done(answer.error());
        const auto tooMany = [] {
            return readerError(QStringLiteral("rfid.frame"),
                               tr("The RFID reader lists more than %1 tags: it is faulty, or the pad holds too "
                                  "many items. Take some off.")
                                   .arg(MaxTagsInField));
        };
        const RfidFrame& frame = answer.value();
        const quint8 status = frame.status.value_or(0xFF);
        const QByteArray& d = frame.data;
        if (m_dialect == RfidDialect::Feig) {
            if (status == feig::NoTransponder)
                return done(sofar);
            if (status != feig::Ok && status != feig::MoreData)
                return done(statusError(status));
            if (d.isEmpty())
                return done(readerError(QStringLiteral("rfid.frame"), tr("The RFID reader sent a short inventory.")));
            const int count = quint8(d[0]);
            if (d.size() < 1 + qsizetype(count) * 10)
                return done(readerError(QStringLiteral("rfid.frame"), tr("The RFID reader sent a short inventory.")));
            if (sofar.size() + count > MaxTagsInField)
                return done(tooMany());
            for (int i = 0; i < count; ++i) {
                const qsizetype at = 1 + qsizetype(i) * 10;
                sofar.append({d.mid(at + 2, 8), quint8(d[at + 1])});
            }
            if (status == feig::MoreData) {
                if (round + 1 >= MaxInventoryRounds)
                    return done(tooMany());
                return inventoryStep(sofar, round + 1, done);
            }
            return done(sofar);
        }
        if (status == threem::NoTransponder)
            return done(sofar);
        if (status != threem::Ok)
            return done(statusError(status));
        // AFI, options, count, then per tag [DSFID] and the UID: 9 bytes a tag when the reader
        // gives the DSFID (as its response options say), 8 otherwise.
        if (d.size() < 3 || d.size() < 3 + qsizetype(quint8(d[2])) * 8)
            return done(readerError(QStringLiteral("rfid.frame"), tr("The RFID reader sent a short inventory.")));
        const int count = quint8(d[2]);
        if (count > MaxTagsInField)
            return done(tooMany());
        const bool withDsfid = count > 0 && d.size() >= 3 + qsizetype(count) * 9;
        const qsizetype stride = withDsfid ? 9 : 8;
        for (int i = 0; i < count; ++i) {
            const qsizetype at = 3 + qsizetype(i) * stride;
            sofar.append({d.mid(withDsfid ? at + 1 : at, 8), withDsfid ? quint8(d[at]) : quint8(0)});
        }
        done(sofar);
    });
}

void RfidReader::readMemory(const QByteArray& uid, int blocks, std::function<void(Result<QByteArray>)> done)
{
    RfidFrame request;
    if (m_dialect == RfidDialect::Feig) {
        request.command = feig::IsoHost;
        request.data = QByteArray(1, char(feig::ReadBlocks)) + char(feig::ModeAddressed) + uid + char(0) + char(blocks);
    } else {
        request.command = threem::ReadBlocks;
        request.data = uid + char(0) + char(blocks);
    }
    send(request, [this, blocks, done](Result<RfidFrame> answer) {
        if (!answer)
            return done(answer.error());
        const RfidFrame& frame = answer.value();
        const QByteArray& d = frame.data;
        if (frame.status.value_or(0xFF) != 0)
            return done(statusError(frame.status.value_or(0xFF)));
        QByteArray memory;
        const Error shortFrame =
            readerError(QStringLiteral("rfid.frame"), tr("The RFID reader sent part of the tag's memory only."));
        if (m_dialect == RfidDialect::Feig) {
            if (d.size() < 2)
                return done(shortFrame);
            const int count = quint8(d[0]), size = quint8(d[1]);
            if (count != blocks || size < 1 || size > 32 || d.size() < 2 + qsizetype(count) * (size + 1))
                return done(shortFrame);
            for (int b = 0; b < count; ++b) {
                QByteArray block = d.mid(2 + qsizetype(b) * (size + 1) + 1, size);
                std::reverse(block.begin(), block.end()); // FEIG delivers each block byte-reversed
                memory.append(block);
            }
            return done(memory);
        }
        if (d.size() < 9)
            return done(shortFrame);
        const int count = quint8(d[8]);
        if (count != blocks || d.size() < 9 + qsizetype(count) * 6)
            return done(shortFrame);
        for (int b = 0; b < count; ++b)
            memory.append(d.mid(9 + qsizetype(b) * 6 + 2, 4));
        done(memory);
    });
}

void RfidReader::writeMemory(const QByteArray& uid, int firstBlock, const QByteArray& data,
                             std::function<void(Status)> done)
{
    QByteArray padded = data;
    if (padded.size() % 4)
        padded.append(QByteArray(4 - padded.size() % 4, '\0'));
    const int count = int(padded.size() / 4);
    RfidFrame request;
    if (m_dialect == RfidDialect::Feig) {
        request.command = feig::IsoHost;
        request.data = QByteArray(1, char(feig::WriteBlocks)) + char(feig::ModeAddressed) + uid + char(firstBlock) +
                       char(count) + char(4) + reverseBlocks(padded);
    } else {
        request.command = threem::WriteBlocks;
        request.data = uid + char(firstBlock) + char(count) + padded;
    }
    send(request, [this, done](Result<RfidFrame> answer) {
        if (!answer)
            return done(answer.error());
        const quint8 status = answer.value().status.value_or(0xFF);
        done(status == 0 ? Status() : Status(statusError(status)));
    });
}

void RfidReader::readAfi(const QByteArray& uid, std::function<void(Result<quint8>)> done)
{
    RfidFrame request;
    if (m_dialect == RfidDialect::Feig) {
        request.command = feig::IsoHost;
        request.data = QByteArray(1, char(feig::SystemInfo)) + char(feig::ModeAddressed) + uid;
    } else {
        request.command = threem::GetAfi;
        request.data = uid;
    }
    send(request, [this, uid, done](Result<RfidFrame> answer) {
        if (!answer)
            return done(answer.error());
        const RfidFrame& frame = answer.value();
        if (frame.status.value_or(0xFF) != 0)
            return done(statusError(frame.status.value_or(0xFF)));
        // FEIG: system information, in FEIG's layout or ISO/IEC 15693's; 3M: UID(8), AFI.
        if (m_dialect == RfidDialect::Feig) {
            auto info = parseSystemInfo(frame.data, uid);
            if (!info)
                return done(info.error());
            if (!info.value().afi)
                return done(readerError(QStringLiteral("rfid.frame"), tr("The RFID reader sent a short answer.")));
            return done(*info.value().afi);
        }
        if (frame.data.size() <= 8 || frame.data.left(8) != uid)
            return done(readerError(QStringLiteral("rfid.frame"), tr("The RFID reader sent a short answer.")));
        done(quint8(frame.data[8]));
    });
}

void RfidReader::writeAfi(const QByteArray& uid, quint8 afi, std::function<void(Status)> done, int attempts)
{
    RfidFrame request;
    if (m_dialect == RfidDialect::Feig) {
        request.command = feig::IsoHost;
        request.data = QByteArray(1, char(feig::WriteAfi)) + char(feig::ModeAddressed) + uid + char(afi);
    } else {
        request.command = threem::WriteAfi;
        request.data = uid + char(afi);
    }
    send(request, [this, uid, afi, done, attempts](Result<RfidFrame> answer) {
        const auto again = [this, uid, afi, done, attempts](const Error& why) {
            if (attempts > 1) {
                Q_EMIT diagnostic(QStringLiteral("! security not set (%1), writing again").arg(why.message));
                writeAfi(uid, afi, done, attempts - 1);
            } else {
                done(Error{QStringLiteral("rfid.afi"),
                           tr("The tag's security could not be set: %1 Keep the item at the desk and try again.")
                               .arg(why.message)});
            }
        };
        if (!answer) {
            if (answer.error().code == QStringLiteral("rfid.notag") ||
                answer.error().code == QStringLiteral("rfid.port"))
                return done(answer.error());
            return again(answer.error());
        }
        if (answer.value().status.value_or(0xFF) != 0)
            return again(statusError(answer.value().status.value_or(0xFF)));
        // Read back: a write the tag acknowledged is not always a write it kept.
        readAfi(uid, [afi, done, again](Result<quint8> read) {
            if (!read)
                return again(read.error());
            if (read.value() != afi)
                return again(Error{QStringLiteral("rfid.verify"), tr("the value read back differs.")});
            done(Status());
        });
    });
}

} // namespace comptoir::devices
