#include "ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace comptoir::reportcharts {

namespace {

using namespace reports;

// The three ages, in the same colours everywhere: green, amber, red.
QList<QBarSet*> ageSets()
{
    auto* under24 = new QBarSet(QCoreApplication::translate("reports", "Up to 24 h"));
    auto* from24 = new QBarSet(QCoreApplication::translate("reports", "24 to 48 h"));
    auto* over48 = new QBarSet(QCoreApplication::translate("reports", "Over 48 h"));
    under24->setColor(QColor(0x4c, 0xaf, 0x50));
    from24->setColor(QColor(0xf5, 0xa6, 0x23));
    over48->setColor(QColor(0xd3, 0x2f, 0x2f));
    for (QBarSet* set : {under24, from24, over48})
        set->setBorderColor(set->color());
    return {under24, from24, over48};
}

// A long title on two lines, broken at the space nearest its middle: Qt Charts shortens a title
// wider than the chart to "…" (on the page at 1366 px, both titles lost their ends).
QString twoLines(const QString& title)
{
    if (title.size() <= 60)
        return title.toHtmlEscaped();
    const int middle = int(title.size()) / 2;
    int cut = -1;
    for (int d = 0; d < middle && cut < 0; ++d) {
        if (title.at(middle + d) == QLatin1Char(' '))
            cut = middle + d;
        else if (title.at(middle - d) == QLatin1Char(' '))
            cut = middle - d;
    }
    if (cut < 0)
        return title.toHtmlEscaped();
    return title.left(cut).toHtmlEscaped() + QStringLiteral("<br>") + title.mid(cut + 1).toHtmlEscaped();
}

void style(QChart* chart, const QString& title)
{
    chart->setTitle(twoLines(title));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundBrush(Qt::white);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

} // namespace

QChart* pendingTrend(const QList<HistoryDay>& history, const QString& site, bool dayLabels)
{
    auto* chart = new QChart;
    const QList<QBarSet*> sets = ageSets();
    QStringList categories;
    bool anyMissing = false;
    const QStringList keys{figure::PendingUnder24h, figure::Pending24To48h, figure::PendingOver48h};
    for (const HistoryDay& day : history) {
        const SiteFigures* s = day.report ? day.report->site(site) : nullptr;
        const bool missing = !s || !s->has(figure::Pending);
        anyMissing = anyMissing || missing;
        // Every fifth day's date from the last one backwards, and each missing day's "*" (the title
        // gives the range); the other labels are empty (categories must differ: zero-width spaces).
        const qsizetype fromEnd = history.size() - 1 - categories.size();
        if (missing)
            categories << QStringLiteral("*") + QString(categories.size(), QChar(0x200B));
        else if (fromEnd % 5 == 0)
            categories << QString::number(day.day.day());
        else
            categories << QString(categories.size() + 1, QChar(0x200B));
        for (int i = 0; i < 3; ++i)
            *sets[i] << (missing ? 0.0 : s->value(keys[i]));
    }
    auto* series = new QStackedBarSeries;
    series->append(sets);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    QFont small = x->labelsFont();
    small.setPointSizeF(std::max<qreal>(6.5, small.pointSizeF() * 0.8));
    x->setLabelsFont(small);
    // Qt Charts shortens a label wider than its day's slot to "…": on a narrow chart the days go
    // unlabelled (the title gives the range) rather than show dots.
    x->setLabelsVisible(dayLabels);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setMin(0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // No bar at all (every day missing, or nothing pending): a range of 0 to 0 gives Qt Charts no
    // scale (NaN ticks); 0 to 1, empty, says it plainly.
    qreal highest = 0;
    for (int i = 0; i < history.size(); ++i)
        highest = std::max(highest, sets[0]->at(i) + sets[1]->at(i) + sets[2]->at(i));
    if (highest > 0)
        y->applyNiceNumbers();
    else {
        y->setRange(0, 1);
        y->setTickCount(2);
    }
    QString title =
        QCoreApplication::translate("reports", "Pending requests by age, %1 to %2")
            .arg(history.isEmpty() ? QString() : QLocale().toString(history.first().day, QLocale::ShortFormat),
                 history.isEmpty() ? QString() : QLocale().toString(history.last().day, QLocale::ShortFormat));
    if (anyMissing)
        title += QStringLiteral(" — ") + QCoreApplication::translate("reports", "* or no bar: no report that day");
    style(chart, title);
    return chart;
}

QChart* sitesSideBySide(const DayReport& report, int worst, bool byName)
{
    auto* chart = new QChart;
    const QList<QBarSet*> sets = ageSets();
    QStringList names;
    // The worst (most requests over 48 h) at the top; the axis runs bottom to top. Sites by their
    // short id when there are many (a name would not fit 40 times), by name otherwise.
    QList<const SiteFigures*> sites;
    for (const SiteFigures& s : report.sites)
        sites << &s;
    std::stable_sort(sites.begin(), sites.end(), [](const SiteFigures* a, const SiteFigures* b) {
        return a->value(figure::PendingOver48h) < b->value(figure::PendingOver48h);
    });
    if (worst > 0 && sites.size() > worst)
        sites = sites.mid(sites.size() - worst);
    const bool byId = sites.size() > 12 && !byName;
    for (const SiteFigures* s : std::as_const(sites)) {
        names << (byId ? s->site : s->name.size() > 32 ? s->name.left(31) + QChar(0x2026) : s->name);
        *sets[0] << s->value(figure::PendingUnder24h);
        *sets[1] << s->value(figure::Pending24To48h);
        *sets[2] << s->value(figure::PendingOver48h);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(sets);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(names);
    QFont small = axis->labelsFont();
    small.setPointSizeF(std::max<qreal>(6.5, small.pointSizeF() * (byId || sites.size() > 12 ? 0.75 : 0.9)));
    axis->setLabelsFont(small);
    auto* count = new QValueAxis;
    count->setLabelFormat(QStringLiteral("%d"));
    count->setMin(0);
    chart->addAxis(axis, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(count);
    qreal highest = 0;
    for (int i = 0; i < sets[0]->count(); ++i)
        highest = std::max(highest, sets[0]->at(i) + sets[1]->at(i) + sets[2]->at(i));
    if (highest > 0)
        count->applyNiceNumbers();
    else { // nothing pending anywhere: no scale to make nice (NaN ticks)
        count->setRange(0, 1);
        count->setTickCount(2);
    }
    style(chart,
          worst > 0 && report.sites.size() > worst
              ? QCoreApplication::translate("reports", "Pending requests by age: the %1 sites with most over 48 h")
                    .arg(worst)
              : QCoreApplication::translate("reports",
                                            "Pending requests by age, site by site (most over 48 h at the top)"));
    return chart;
}

void paint(QChart* chart, QPainter& painter, const QRectF& target)
{
    // The scene borrows the chart for the drawing and gives it back.
    // Laid out as on a screen a little denser than 96 dpi (130), then scaled to the target: on a
    // 300 dpi page the text is about three quarters of its size in points, and the axis labels have
    // the room Qt Charts asks for before it shortens them.
    const qreal scale = painter.device() ? std::max<qreal>(1.0, painter.device()->logicalDpiX() / 130.0) : 1.0;
    const QSizeF size = target.size() / scale;
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setPos(0, 0);
    chart->resize(size);
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    scene.render(&painter, target, scene.sceneRect());
    scene.removeItem(chart);
}

QImage image(QChart* chart, const QSize& size)
{
    QImage out(size, QImage::Format_ARGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(chart, painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return out;
}

} // namespace comptoir::reportcharts
