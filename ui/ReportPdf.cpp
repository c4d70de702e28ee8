#include "ReportPdf.h"

#include "ReportCharts.h"
#include "reports/ReportExport.h"

#include <QChart>
#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <memory>

namespace comptoir {

namespace {

using namespace reports;

// lupdate files the tr() calls below under the namespace around them.
QString tr(const char* text)
{
    return QCoreApplication::translate("comptoir", text);
}

// Draws down the page, starting a new page when what comes does not fit.
class PageFlow
{
public:
    PageFlow(QPdfWriter& writer, QPainter& painter, QString footer)
        : m_writer(writer)
        , m_painter(painter)
        , m_footer(std::move(footer))
    {
        m_area = QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        m_y = 0;
    }
    QPainter& painter() { return m_painter; }
    qreal width() const { return m_area.width(); }
    qreal y() const { return m_y; }
    void advance(qreal h) { m_y += h; }
    // Room for h more, or a new page.
    void need(qreal h)
    {
        if (m_y + h <= m_area.height() - footerHeight())
            return;
        newPage();
    }
    void newPage()
    {
        drawFooter();
        m_writer.newPage();
        ++m_page;
        m_y = 0;
    }
    void finish() { drawFooter(); }
    qreal footerHeight() const { return QFontMetricsF(font(8), m_painter.device()).height() * 1.5; }
    QFont font(qreal points, bool bold = false) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

private:
    void drawFooter()
    {
        m_painter.setFont(font(8));
        m_painter.setPen(Qt::darkGray);
        const qreal h = QFontMetricsF(m_painter.font(), m_painter.device()).height();
        m_painter.drawText(QRectF(0, m_area.height() - h, m_area.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                           m_footer);
        m_painter.drawText(QRectF(0, m_area.height() - h, m_area.width(), h), Qt::AlignRight | Qt::AlignVCenter,
                           QString::number(m_page));
        m_painter.setPen(Qt::black);
    }
    QPdfWriter& m_writer;
    QPainter& m_painter;
    QString m_footer;
    QRectF m_area;
    qreal m_y = 0;
    int m_page = 1;
};

qreal textBlock(PageFlow& flow, const QString& text, const QFont& font, const QColor& color = Qt::black)
{
    QPainter& p = flow.painter();
    p.setFont(font);
    const QRectF bounds = p.boundingRect(QRectF(0, 0, flow.width(), 1e6), Qt::TextWordWrap, text);
    flow.need(bounds.height());
    p.setPen(color);
    p.drawText(QRectF(0, flow.y(), flow.width(), bounds.height()), Qt::TextWordWrap, text);
    p.setPen(Qt::black);
    flow.advance(bounds.height());
    return bounds.height();
}

void table(PageFlow& flow, const DayReport& report, Section section, const Thresholds& thresholds)
{
    const QStringList columns = sectionColumns(section);
    QList<const SiteFigures*> rows{&report.network};
    for (const SiteFigures& s : report.sites) {
        bool any = false;
        for (const QString& c : columns)
            any = any || s.has(c);
        if (any)
            rows << &s;
    }
    QPainter& p = flow.painter();
    const QFont body = flow.font(8);
    QFont head = flow.font(8, true);
    const qreal rowH = QFontMetricsF(body, p.device()).height() * 1.35;
    // A section of many columns (click & collect: 9) gives the names a little less room.
    const qreal nameW = flow.width() * (columns.size() > 6 ? 0.28 : 0.34);
    const qreal colW = (flow.width() - nameW) / std::max<qsizetype>(1, columns.size());
    const qreal pad = rowH * 0.2;
    // Titles wrap between words; a word wider than its column was cut ("ollected"): the header's
    // type gets smaller until every word fits.
    for (bool fits = false; !fits && head.pointSizeF() > 5.5;) {
        fits = true;
        const QFontMetricsF metrics(head, p.device());
        for (const QString& c : columns)
            for (const QString& word : figureTitle(c).split(QLatin1Char(' ')))
                fits = fits && metrics.horizontalAdvance(word) <= colW - 2 * pad;
        if (!fits)
            head.setPointSizeF(head.pointSizeF() - 0.5);
    }
    const QFont rowHead = flow.font(8, true); // the network's row
    qreal headH = rowH * 2;                   // room for the tallest wrapped title
    p.setFont(head);
    for (const QString& c : columns)
        headH =
            std::max(headH, p.boundingRect(QRectF(0, 0, colW - pad, 1e6), Qt::TextWordWrap, figureTitle(c)).height() +
                                rowH * 0.4);
    auto header = [&] {
        p.setFont(head);
        const qreal h = headH;
        flow.need(h + rowH);
        p.fillRect(QRectF(0, flow.y(), flow.width(), h), QColor(0xec, 0xef, 0xf1));
        p.drawText(QRectF(pad, flow.y(), nameW - pad, h), Qt::AlignLeft | Qt::AlignVCenter, tr("Site"));
        for (int i = 0; i < columns.size(); ++i)
            p.drawText(QRectF(nameW + i * colW, flow.y(), colW - pad, h),
                       Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, figureTitle(columns[i]));
        flow.advance(h);
    };
    header();
    for (int r = 0; r < rows.size(); ++r) {
        if (flow.y() + rowH > 0 && (flow.need(rowH), flow.y() == 0))
            header();
        const SiteFigures& s = *rows[r];
        p.setFont(r == 0 ? rowHead : body);
        if (r % 2 == 1)
            p.fillRect(QRectF(0, flow.y(), flow.width(), rowH), QColor(0xfa, 0xfa, 0xfa));
        p.drawText(QRectF(pad, flow.y(), nameW - pad, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(s.name, Qt::ElideRight, int(nameW - 2 * pad)));
        for (int i = 0; i < columns.size(); ++i) {
            const QRectF cell(nameW + i * colW, flow.y(), colW, rowH);
            if (!s.has(columns[i])) {
                p.setPen(Qt::gray);
                p.drawText(cell.adjusted(0, 0, -pad, 0), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("–"));
                p.setPen(Qt::black);
                continue;
            }
            const double v = s.value(columns[i]);
            const bool alert = thresholds.isAlert(columns[i], v);
            if (alert) {
                p.fillRect(cell, QColor(0xff, 0xeb, 0xee));
                p.setPen(QColor(0xb7, 0x1c, 0x1c));
            }
            p.drawText(cell.adjusted(0, 0, -pad, 0), Qt::AlignRight | Qt::AlignVCenter, formatValue(columns[i], v));
            p.setPen(Qt::black);
        }
        flow.advance(rowH);
    }
}

} // namespace

Status writeReportPdf(const DayReport& report, const QList<HistoryDay>& history, const Thresholds& thresholds,
                      const QString& path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Daily queue report"));
    writer.setCreator(QStringLiteral("Comptoir"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{QStringLiteral("report.pdf"), tr("The PDF file could not be written: %1").arg(path)};
    painter.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    PageFlow flow(writer, painter,
                  tr("Comptoir — daily queue report of %1, taken %2")
                      .arg(locale.toString(report.day, QLocale::ShortFormat),
                           locale.toString(report.takenAt.toLocalTime(), QLocale::ShortFormat)));

    textBlock(flow, tr("Daily queue report — %1").arg(locale.toString(report.day, QLocale::LongFormat)),
              flow.font(16, true));
    flow.advance(20);
    const QString attention = attentionSentence(report, thresholds);
    const bool needsAttention = attention != attentionSentence(DayReport{}, thresholds); // the calm sentence
    textBlock(flow, attention, flow.font(11, true),
              needsAttention ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x1b, 0x5e, 0x20));
    // With a network store: the counters whose figures are in, those missing.
    if (const QString counters = countersSentence(report); !counters.isEmpty())
        textBlock(flow, counters, flow.font(10),
                  report.countersMissing() > 0 || !report.countersProblem.isEmpty() ? QColor(0xb7, 0x1c, 0x1c)
                                                                                    : QColor(Qt::black));
    flow.advance(20);
    // The totals of the network, in words a supervisor reads first.
    const SiteFigures& n = report.network;
    textBlock(
        flow,
        tr("Network: %1 placed, %2 captured, %3 filled, %4 cancelled, %5 expired; %6 pending, of which %7 over 48 h.")
            .arg(formatValue(figure::Placed, n.value(figure::Placed)),
                 formatValue(figure::Captured, n.value(figure::Captured)),
                 formatValue(figure::Filled, n.value(figure::Filled)),
                 formatValue(figure::Cancelled, n.value(figure::Cancelled)),
                 formatValue(figure::Expired, n.value(figure::Expired)),
                 formatValue(figure::Pending, n.value(figure::Pending)),
                 formatValue(figure::PendingOver48h, n.value(figure::PendingOver48h))),
        flow.font(10));
    if (n.has(figure::CollectToPrepare))
        textBlock(flow,
                  // Counts after labels, so that no word has to agree with a number ("1 annulées").
                  tr("Click & collect orders, to prepare: %1; ready: %2; collected: %3; cancelled or expired: %4; "
                     "made ready today: %5 (median %6 h).")
                      .arg(formatValue(figure::CollectToPrepare, n.value(figure::CollectToPrepare)),
                           formatValue(figure::CollectReady, n.value(figure::CollectReady)),
                           formatValue(figure::CollectCollected, n.value(figure::CollectCollected)),
                           formatValue(figure::CollectCancelled, n.value(figure::CollectCancelled)),
                           formatValue(figure::CollectReadyToday, n.value(figure::CollectReadyToday)),
                           n.has(figure::CollectReadyMedianH)
                               ? formatValue(figure::CollectReadyMedianH, n.value(figure::CollectReadyMedianH))
                               : QStringLiteral("–")),
                  flow.font(10));
    flow.advance(30);

    // Charts: the trend, then the sites side by side.
    if (!history.isEmpty()) {
        std::unique_ptr<QChart> trend(reportcharts::pendingTrend(history, NetworkSite));
        const qreal h = flow.width() * 0.36;
        flow.need(h);
        reportcharts::paint(trend.get(), painter, QRectF(0, flow.y(), flow.width(), h));
        flow.advance(h + 20);
    }

    for (const Section section : report.sections()) {
        flow.need(200);
        flow.advance(20);
        textBlock(flow, sectionTitle(section), flow.font(12, true));
        flow.advance(10);
        if (!sectionColumns(section).isEmpty())
            table(flow, report, section, thresholds);
        // Figures with a detail: reasons not found, pairs of sites.
        QList<const SiteFigures*> rows{&report.network};
        for (const SiteFigures& s : report.sites)
            rows << &s;
        for (const SiteFigures* s : std::as_const(rows))
            for (const Figure& f : s->figures)
                if (!f.detail.isEmpty() && sectionOf(f.key) == section)
                    textBlock(flow,
                              QStringLiteral("%1 — %2 %3: %4")
                                  .arg(s->name, figureTitle(f.key),
                                       QString(f.detail).replace(QLatin1Char('>'), QStringLiteral(" → ")),
                                       formatValue(f.key, f.value)),
                              flow.font(9));
    }
    // The sites side by side after the tables: a network's chart takes most of a page, and first it
    // left the rest of page 1 blank, the figures only starting on page 3.
    if (!report.sites.isEmpty()) {
        std::unique_ptr<QChart> sites(reportcharts::sitesSideBySide(report, 0, true));
        // Room for every site's label (about 5 mm a site at 300 dpi).
        const qreal h = std::min<qreal>(flow.width() * 1.35, 300 + 58.0 * report.sites.size());
        flow.need(h + 40);
        flow.advance(20);
        reportcharts::paint(sites.get(), painter, QRectF(0, flow.y(), flow.width(), h));
        flow.advance(h + 20);
    }
    flow.finish();
    if (!painter.end())
        return Error{QStringLiteral("report.pdf"), tr("The PDF file could not be written: %1").arg(path)};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace comptoir
