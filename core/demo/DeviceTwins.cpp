#include "demo/DeviceTwins.h"

#include <csignal>
#include <sys/prctl.h>

#include "devices/RfidReader.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

namespace comptoir::sandbox {

using namespace devices;

PtyPair::PtyPair(QString a, QString b)
    : m_a(std::move(a))
    , m_b(std::move(b))
{
}

PtyPair::~PtyPair()
{
    stop();
}

bool PtyPair::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty();
}

bool PtyPair::start(int waitMs)
{
    stop();
    // Links left by an earlier run may point at pseudo-terminal numbers reused since.
    QFile::remove(m_a);
    QFile::remove(m_b);
    m_socat.setProgram(QStringLiteral("socat"));
    m_socat.setArguments({QStringLiteral("pty,raw,echo=0,link=") + m_a, QStringLiteral("pty,raw,echo=0,link=") + m_b});
    m_socat.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // socat ends with whoever started it, even when that process is killed without a chance to
    // clean up (a script's `kill`, a crash): no pseudo-terminal pair is left behind.
    m_socat.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_socat.start();
    if (!m_socat.waitForStarted(waitMs))
        return false;
    QDeadlineTimer deadline(waitMs);
    while (!deadline.hasExpired()) {
        if (QFileInfo::exists(m_a) && QFileInfo::exists(m_b))
            return true;
        QThread::msleep(10);
    }
    return false;
}

void PtyPair::stop()
{
    if (m_socat.state() != QProcess::NotRunning) {
        m_socat.terminate();
        if (!m_socat.waitForFinished(2000)) {
            m_socat.kill();
            m_socat.waitForFinished(2000);
        }
    }
}

SimulatedScanner::SimulatedScanner(QObject* parent)
    : QObject(parent)
{
}

bool SimulatedScanner::open(const QString& path, qint32 baud)
{
    m_port.close();
    m_port.setPortName(path);
    return m_port.open(QIODevice::ReadWrite) && m_port.setBaudRate(baud);
}

void SimulatedScanner::scan(const QString& code)
{
    sendRaw(m_prefix + code.toLatin1() + m_suffix);
}

void SimulatedScanner::sendRaw(const QByteArray& bytes)
{
    if (m_port.isOpen()) {
        m_port.write(bytes);
        m_port.flush();
    }
}

SimulatedRfidPad::SimulatedRfidPad(RfidDialect dialect, QObject* parent)
    : QObject(parent)
    , m_dialect(dialect)
{
    connect(&m_port, &QSerialPort::readyRead, this, &SimulatedRfidPad::readAvailable);
}

bool SimulatedRfidPad::open(const QString& path)
{
    m_port.close();
    m_parser = std::make_unique<RfidFrameParser>(m_dialect, false);
    m_port.setPortName(path);
    return m_port.open(QIODevice::ReadWrite);
}

SimulatedRfidPad::Tag SimulatedRfidPad::makeTag(TagModel model, const TagData& data, QByteArray uid)
{
    static quint32 serial = 0x100;
    Tag tag;
    if (uid.isEmpty()) {
        ++serial;
        uid = QByteArray::fromHex("E004010000000000");
        uid[4] = char((serial >> 24) & 0xFF);
        uid[5] = char((serial >> 16) & 0xFF);
        uid[6] = char((serial >> 8) & 0xFF);
        uid[7] = char(serial & 0xFF);
    }
    tag.uid = uid;
    tag.memory = encodeTag(model, data, 28);
    tag.dsfid = model == TagModel::Iso28560_2 ? 0x06 : model == TagModel::Iso28560_3 ? 0x3E : 0x00;
    return tag;
}

void SimulatedRfidPad::place(const Tag& tag)
{
    remove(tag.uid);
    m_tags.append(tag);
}

void SimulatedRfidPad::remove(const QByteArray& uid)
{
    m_tags.removeIf([&uid](const Tag& t) { return t.uid == uid; });
}

const SimulatedRfidPad::Tag* SimulatedRfidPad::tag(const QByteArray& uid) const
{
    for (const Tag& t : m_tags)
        if (t.uid == uid)
            return &t;
    return nullptr;
}

SimulatedRfidPad::Tag* SimulatedRfidPad::find(const QByteArray& uid)
{
    for (Tag& t : m_tags)
        if (t.uid == uid)
            return &t;
    return nullptr;
}

void SimulatedRfidPad::readAvailable()
{
    const auto out = m_parser->feed(m_port.readAll());
    for (const RfidFrame& request : out.frames) {
        ++requests;
        if (m_silent)
            continue;
        const RfidFrame reply = answer(request);
        QByteArray bytes = encodeFrame(m_dialect, reply);
        if (m_corrupt) {
            bytes[bytes.size() - 1] = char(bytes.back() ^ 0x5A);
            m_corrupt = false;
        }
        if (!m_noise.isEmpty()) {
            bytes.prepend(m_noise);
            m_noise.clear();
        }
        m_port.write(bytes);
        m_port.flush();
        Q_EMIT requestHandled(request.command);
    }
}

RfidFrame SimulatedRfidPad::answer(const RfidFrame& request)
{
    return m_dialect == RfidDialect::Feig ? answerFeig(request) : answerThreeM(request);
}

RfidFrame SimulatedRfidPad::answerFeig(const RfidFrame& request)
{
    RfidFrame reply;
    reply.address = request.address;
    reply.command = request.command;
    reply.status = feig::Ok;
    const auto refuse = [&reply](quint8 status, const QByteArray& data = {}) {
        reply.status = status;
        reply.data = data;
        return reply;
    };
    const QByteArray& d = request.data;
    if (request.command != feig::IsoHost || d.isEmpty())
        return refuse(0x80); // unknown command
    const quint8 sub = quint8(d[0]);
    if (sub == feig::Inventory) {
        const bool more = d.size() > 1 && (quint8(d[1]) & feig::ModeMore);
        if (!more)
            m_inventoryCursor = 0;
        if (m_tags.isEmpty())
            return refuse(feig::NoTransponder);
        const int from = std::min(m_inventoryCursor, int(m_tags.size()));
        const int count = std::min(maxTagsPerAnswer, int(m_tags.size()) - from);
        reply.data.append(char(count));
        for (int i = from; i < from + count; ++i)
            reply.data.append(char(0x03)).append(char(m_tags[i].dsfid)).append(m_tags[i].uid);
        m_inventoryCursor = from + count;
        if (m_inventoryCursor < m_tags.size())
            reply.status = feig::MoreData; // the reader asks again with the MORE bit
        return reply;
    }
    // Addressed commands: sub, mode, UID.
    if (d.size() < 10)
        return refuse(0x81); // length error
    Tag* tag = find(d.mid(2, 8));
    if (!tag)
        return refuse(feig::NoTransponder);
    const QByteArray rest = d.mid(10);
    switch (sub) {
    case feig::ReadBlocks: {
        if (rest.size() < 2)
            return refuse(0x81); // length error
        const int first = quint8(rest[0]), count = quint8(rest[1]);
        if (!tag->holds(first, count))
            return refuse(feig::IsoError, QByteArray(1, char(0x10))); // block not available
        reply.data.append(char(count)).append(char(4));
        for (int b = first; b < first + count; ++b) {
            QByteArray block = tag->block(b);
            std::reverse(block.begin(), block.end());
            reply.data.append(char(0)).append(block);
        }
        return reply;
    }
    case feig::WriteBlocks: {
        if (rest.size() < 3)
            return refuse(0x81);
        const int first = quint8(rest[0]), count = quint8(rest[1]), size = quint8(rest[2]);
        if (size != 4 || !tag->holds(first, count) || rest.size() < 3 + qsizetype(count) * 4)
            return refuse(feig::IsoError, QByteArray(1, char(0x10)));
        tag->writeBlocks(first, reverseBlocks(rest.mid(3, qsizetype(count) * 4)));
        return reply;
    }
    case feig::WriteAfi:
        if (rest.isEmpty())
            return refuse(0x81);
        tag->writeAfi(quint8(rest[0]));
        return reply;
    case feig::SystemInfo:
        if (m_systemInfoLayout == SystemInfoLayout::Iso15693) {
            // Flags 0x0F: DSFID, AFI, memory size and IC reference follow the UID (LSB first).
            QByteArray uid = tag->uid;
            std::reverse(uid.begin(), uid.end());
            reply.data.append(char(0x0F)).append(uid).append(char(tag->dsfid)).append(char(tag->afi));
            reply.data.append(char(tag->blocks() - 1)).append(char(0x03)).append(char(0x01));
            return reply;
        }
        reply.data.append(char(tag->dsfid)).append(tag->uid).append(char(tag->afi));
        reply.data.append(char(0x03)).append(char(tag->blocks() - 1)).append(char(0x01));
        return reply;
    default:
        return refuse(0x80); // unknown command
    }
}

RfidFrame SimulatedRfidPad::answerThreeM(const RfidFrame& request)
{
    RfidFrame reply;
    reply.command = request.command;
    reply.status = threem::Ok;
    const auto refuse = [&reply](quint8 status, const QByteArray& data = {}) {
        reply.status = status;
        reply.data = data;
        return reply;
    };
    const QByteArray& d = request.data;
    switch (request.command) {
    case threem::Version:
        reply.data = QByteArray::fromHex("0A050002");
        return reply;
    case threem::Inventory:
        if (m_tags.isEmpty())
            return refuse(threem::NoTransponder);
        reply.data.append(char(0)).append(char(0x05)).append(char(m_tags.size()));
        for (const Tag& t : std::as_const(m_tags)) {
            if (m_inventoryDsfid)
                reply.data.append(char(t.dsfid));
            reply.data.append(t.uid);
        }
        return reply;
    default:
        break;
    }
    if (d.size() < 8)
        return refuse(0x32); // parameter error
    Tag* tag = find(d.left(8));
    if (!tag)
        return refuse(threem::NoTransponder);
    const QByteArray rest = d.mid(8);
    switch (request.command) {
    case threem::ReadBlocks: {
        if (rest.size() < 2)
            return refuse(0x32); // parameter error
        const int first = quint8(rest[0]), count = quint8(rest[1]);
        if (!tag->holds(first, count))
            return refuse(0x11); // memory not available
        reply.data.append(tag->uid).append(char(count));
        for (int b = first; b < first + count; ++b)
            reply.data.append(char(b)).append(char(0)).append(tag->block(b));
        return reply;
    }
    case threem::WriteBlocks: {
        const int first = rest.size() > 0 ? quint8(rest[0]) : 0, count = rest.size() > 1 ? quint8(rest[1]) : 0;
        if (rest.size() < 2 + qsizetype(count) * 4 || !tag->holds(first, count))
            return refuse(0x16); // memory not put
        tag->writeBlocks(first, rest.mid(2, qsizetype(count) * 4));
        reply.data = tag->uid;
        return reply;
    }
    case threem::WriteAfi:
        if (rest.isEmpty())
            return refuse(0x32);
        tag->writeAfi(quint8(rest[0]));
        reply.data = tag->uid;
        return reply;
    case threem::GetAfi:
        reply.data = tag->uid + char(tag->afi);
        return reply;
    default:
        return refuse(0x02); // a command this reader does not know (3M status 02)
    }
}

} // namespace comptoir::sandbox
