#include "desk/CallNumber.h"

#include <QVarLengthArray>

namespace comptoir::desk {

namespace {

// Token markers: end of a number < start of a decimal fraction < number < word.
constexpr char NumberEnd = '\x00';
constexpr char Fraction = '\x02';
constexpr char Number = '\x01';
constexpr char Word = '\x03';
constexpr char WordEnd = '\x00';

char foldLetter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= 'a' && u <= 'z') ? char(u - 32) : char(u);
    // Latin-1 letters with accents, the common case in French call numbers.
    static const char latin1[] = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsAAAAAAACEEEEIIIIDNOOOOO/OUUUUYTY";
    if (u >= 0xC0 && u <= 0xFF)
        return latin1[u - 0xC0];
    if (u == 0x152 || u == 0x153) // Œ œ
        return 'O';
    // Other scripts: accents off (NFD), then upper case; kept apart from ASCII.
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    const QChar upper = (decomposed.isEmpty() ? c : decomposed.front()).toUpper();
    if (upper.unicode() < 0x80)
        return char(upper.unicode());
    return char(0x80 | (upper.unicode() & 0x7f));
}

} // namespace

QByteArray shelfKey(const QString& callNumber)
{
    // Built in a stack buffer and copied once: this runs for every line of a pull list.
    QVarLengthArray<char, 128> key;
    const QChar* s = callNumber.constData();
    const qsizetype n = callNumber.size();
    const auto isAsciiDigit = [s](qsizetype k) { return s[k].unicode() >= '0' && s[k].unicode() <= '9'; };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        if (isAsciiDigit(i)) {
            qsizetype j = i;
            while (j < n && isAsciiDigit(j))
                ++j;
            // Integer part, leading zeros off, length first so that 9 < 10.
            qsizetype start = i;
            while (start < j - 1 && s[start] == QLatin1Char('0'))
                ++start;
            key.append(Number);
            key.append(char(std::min<qsizetype>(j - start, 120)));
            for (qsizetype k = start; k < j; ++k)
                key.append(char(s[k].unicode()));
            // A decimal fraction: digits after "digits." compare as a decimal, digit by digit.
            if (j + 1 < n && (s[j] == QLatin1Char('.') || s[j] == QLatin1Char(',')) && isAsciiDigit(j + 1)) {
                qsizetype f = j + 1;
                while (f < n && isAsciiDigit(f))
                    ++f;
                qsizetype last = f;
                while (last > j + 1 && s[last - 1] == QLatin1Char('0'))
                    --last; // trailing zeros do not change a decimal
                if (last > j + 1) {
                    key.append(Fraction);
                    for (qsizetype k = j + 1; k < last; ++k)
                        key.append(char(s[k].unicode()));
                }
                j = f;
            }
            key.append(NumberEnd);
            i = j;
        } else if (c.isLetter()) {
            key.append(Word);
            while (i < n && s[i].isLetter())
                key.append(foldLetter(s[i++]));
            key.append(WordEnd);
        } else {
            ++i; // spaces and punctuation separate tokens
        }
    }
    return QByteArray(key.constData(), key.size());
}

int compareShelf(const QString& a, const QString& b)
{
    const QByteArray ka = shelfKey(a);
    const QByteArray kb = shelfKey(b);
    const int byKey = ka.compare(kb);
    if (byKey != 0)
        return byKey < 0 ? -1 : 1;
    return a.compare(b);
}

} // namespace comptoir::desk
