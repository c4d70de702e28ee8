#include "sandbox/SandboxControl.h"

namespace comptoir::sandbox {

SandboxClock::SandboxClock(const QDateTime& start, double speed)
    : m_start(start.toUTC())
    , m_speed(speed > 0 ? speed : 1.0)
{
    m_elapsed.start();
}

QDateTime SandboxClock::now() const
{
    return m_start.addMSecs(qint64(double(m_elapsed.elapsed()) * m_speed) + m_offsetMs);
}

namespace {

struct Knob
{
    const char* name;
    int FaultPlan::*counter;
    bool FaultPlan::*flag;
};

const Knob Knobs[] = {
    {"rest-500", &FaultPlan::restErrors, nullptr},    {"rest-malformed", &FaultPlan::restMalformed, nullptr},
    {"rest-delay", &FaultPlan::restDelayMs, nullptr}, {"rest-hang", nullptr, &FaultPlan::restHang},
    {"sip-drop", &FaultPlan::sipDrop, nullptr},       {"sip-bad-checksum", &FaultPlan::sipBadChecksum, nullptr},
    {"sip-silent", nullptr, &FaultPlan::sipSilent},   {"sip-drop-request", &FaultPlan::sipDropRequest, nullptr},
    {"sip-resend", &FaultPlan::sipResend, nullptr},
};

const Knob* knob(const QString& name)
{
    for (const Knob& k : Knobs)
        if (name == QLatin1String(k.name))
            return &k;
    return nullptr;
}

Error unknown(const QString& name)
{
    return Error{
        QStringLiteral("sandbox.fault"),
        QStringLiteral("unknown fault \"%1\" (known: %2)").arg(name, FaultPlan::names().join(QStringLiteral(", ")))};
}

} // namespace

QStringList FaultPlan::names()
{
    QStringList out;
    for (const Knob& k : Knobs)
        out << QLatin1String(k.name);
    return out;
}

Status FaultPlan::apply(const QString& spec)
{
    const int eq = int(spec.indexOf(QLatin1Char('=')));
    const QString name = (eq < 0 ? spec : spec.left(eq)).trimmed();
    const Knob* k = knob(name);
    if (!k)
        return unknown(name);
    if (k->flag) {
        const QString value = eq < 0 ? QStringLiteral("1") : spec.mid(eq + 1).trimmed();
        this->*(k->flag) = value != QLatin1String("0") && value != QLatin1String("off");
        return {};
    }
    if (eq < 0) {
        if (k->counter == &FaultPlan::restDelayMs)
            return Error{QStringLiteral("sandbox.fault"),
                         QStringLiteral("rest-delay needs milliseconds, e.g. rest-delay=2000")};
        this->*(k->counter) = -1;
        return {};
    }
    bool ok = false;
    const int value = spec.mid(eq + 1).toInt(&ok);
    if (!ok || value < -1)
        return Error{QStringLiteral("sandbox.fault"), QStringLiteral("%1 needs a number").arg(name)};
    this->*(k->counter) = value;
    return {};
}

Status FaultPlan::apply(const QJsonObject& json)
{
    FaultPlan next = *this;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const Knob* k = knob(it.key());
        if (!k)
            return unknown(it.key());
        if (k->flag)
            next.*(k->flag) = it.value().toBool();
        else if (it.value().isDouble())
            next.*(k->counter) = it.value().toInt();
        else
            return Error{QStringLiteral("sandbox.fault"), QStringLiteral("%1 needs a number").arg(it.key())};
    }
    *this = next;
    return {};
}

QJsonObject FaultPlan::toJson() const
{
    QJsonObject out;
    for (const Knob& k : Knobs) {
        if (k.flag)
            out.insert(QLatin1String(k.name), this->*(k.flag));
        else
            out.insert(QLatin1String(k.name), this->*(k.counter));
    }
    return out;
}

bool FaultPlan::any() const
{
    return restErrors || restMalformed || restDelayMs || restHang || sipDrop || sipDropRequest || sipResend ||
           sipBadChecksum || sipSilent;
}

bool FaultPlan::take(int& counter)
{
    if (counter == 0)
        return false;
    if (counter > 0)
        --counter;
    return true;
}

} // namespace comptoir::sandbox
