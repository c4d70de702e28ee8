#include "CallNumber.h"

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
    QByteArray key;
    key.reserve(callNumber.size() * 2 + 8);
    const qsizetype n = callNumber.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = callNumber[i];
        if (c.isDigit() && c.unicode() < 0x80) {
            qsizetype j = i;
            while (j < n && callNumber[j].isDigit() && callNumber[j].unicode() < 0x80)
                ++j;
            // Integer part, leading zeros off, length first so that 9 < 10.
            qsizetype start = i;
            while (start < j - 1 && callNumber[start] == QLatin1Char('0'))
                ++start;
            key += Number;
            key += char(std::min<qsizetype>(j - start, 120));
            for (qsizetype k = start; k < j; ++k)
                key += char(callNumber[k].unicode());
            // A decimal fraction: digits after "digits." compare as a decimal, digit by digit.
            if (j + 1 < n && (callNumber[j] == QLatin1Char('.') || callNumber[j] == QLatin1Char(',')) &&
                callNumber[j + 1].isDigit() && callNumber[j + 1].unicode() < 0x80) {
                qsizetype f = j + 1;
                QByteArray digits;
                while (f < n && callNumber[f].isDigit() && callNumber[f].unicode() < 0x80)
                    digits += char(callNumber[f++].unicode());
                while (digits.endsWith('0'))
                    digits.chop(1);
                if (!digits.isEmpty()) {
                    key += Fraction;
                    key += digits;
                }
                j = f;
            }
            key += NumberEnd;
            i = j;
        } else if (c.isLetter()) {
            key += Word;
            while (i < n && callNumber[i].isLetter())
                key += foldLetter(callNumber[i++]);
            key += WordEnd;
        } else {
            ++i; // spaces and punctuation separate tokens
        }
    }
    return key;
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
