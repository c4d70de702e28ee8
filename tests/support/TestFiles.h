#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace comptoir::test {

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Overwrites `length` bytes at `offset` with a pattern that is not valid SQLite page content.
inline bool scribble(const QString& path, qint64 offset, int length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    QByteArray junk(length, '\0');
    for (int i = 0; i < length; ++i)
        junk[i] = char((i * 131 + 7) & 0xff);
    return file.write(junk) == length;
}

} // namespace comptoir::test
