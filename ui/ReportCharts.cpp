#include "ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
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

void style(QChart* chart, const QString& title)
{
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundBrush(Qt::white);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

} // namespace

QChart* pendingTrend(const QList<HistoryDay>& history, const QString& site)
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
        categories << day.day.toString(QStringLiteral("dd/MM")) + (missing ? QStringLiteral("*") : QString());
        for (int i = 0; i < 3; ++i)
            *sets[i] << (missing ? 0.0 : s->value(keys[i]));
    }
    auto* series = new QStackedBarSeries;
    series->append(sets);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(-90);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setMin(0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    y->applyNiceNumbers();
    QString title = QCoreApplication::translate("reports", "Pending requests by age, last %n day(s)", nullptr,
                                                int(history.size()));
    if (anyMissing)
        title += QStringLiteral(" — ") + QCoreApplication::translate("reports", "* no report that day");
    style(chart, title);
    return chart;
}

QChart* sitesSideBySide(const DayReport& report)
{
    auto* chart = new QChart;
    const QList<QBarSet*> sets = ageSets();
    QStringList names;
    // Bottom to top on the axis: the first site at the top.
    for (auto it = report.sites.crbegin(); it != report.sites.crend(); ++it) {
        names << (it->name.size() > 32 ? it->name.left(31) + QChar(0x2026) : it->name);
        *sets[0] << it->value(figure::PendingUnder24h);
        *sets[1] << it->value(figure::Pending24To48h);
        *sets[2] << it->value(figure::PendingOver48h);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(sets);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto* sites = new QBarCategoryAxis;
    sites->append(names);
    auto* count = new QValueAxis;
    count->setLabelFormat(QStringLiteral("%d"));
    count->setMin(0);
    chart->addAxis(sites, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignBottom);
    series->attachAxis(sites);
    series->attachAxis(count);
    count->applyNiceNumbers();
    style(chart, QCoreApplication::translate("reports", "Pending requests by age, site by site"));
    return chart;
}

void paint(QChart* chart, QPainter& painter, const QRectF& target)
{
    // The scene borrows the chart for the drawing and gives it back.
    // Laid out at screen size (96 dpi), then scaled to the target: on a 300 dpi page the text keeps
    // its size in points.
    const qreal scale = painter.device() ? std::max<qreal>(1.0, painter.device()->logicalDpiX() / 96.0) : 1.0;
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
