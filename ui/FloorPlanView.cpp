#include "FloorPlanView.h"

#include <QPainter>
#include <QSvgRenderer>

namespace comptoir {

FloorPlanView::FloorPlanView(QWidget* parent)
    : QWidget(parent)
    , m_renderer(new QSvgRenderer(this))
{
    setObjectName(QStringLiteral("floorPlan"));
}

bool FloorPlanView::load(const QString& path)
{
    const bool ok = !path.isEmpty() && m_renderer->load(path);
    if (!ok)
        m_renderer->load(QByteArray());
    update();
    return ok;
}

bool FloorPlanView::isLoaded() const
{
    return m_renderer->isValid();
}

void FloorPlanView::setHighlight(const QString& zoneId)
{
    m_zone = zoneId;
    update();
}

bool FloorPlanView::hasZone(const QString& zoneId) const
{
    return m_renderer->isValid() && !zoneId.isEmpty() && m_renderer->elementExists(zoneId);
}

void FloorPlanView::paintEvent(QPaintEvent*)
{
    if (!m_renderer->isValid())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // The plan scaled into the widget, proportions kept, centred.
    const QRectF box = m_renderer->viewBoxF();
    const qreal scale = std::min(width() / box.width(), height() / box.height());
    const QSizeF size = box.size() * scale;
    const QRectF target((width() - size.width()) / 2, (height() - size.height()) / 2, size.width(), size.height());
    m_renderer->render(&painter, target);
    if (!hasZone(m_zone))
        return;
    // The zone's bounds in plan units (with its transform), then into the widget.
    const QRectF element = m_renderer->transformForElement(m_zone).mapRect(m_renderer->boundsOnElement(m_zone));
    const QRectF mapped(target.left() + (element.left() - box.left()) * scale,
                        target.top() + (element.top() - box.top()) * scale, element.width() * scale,
                        element.height() * scale);
    painter.setPen(QPen(QColor(0xd9, 0x48, 0x0f), 5));
    painter.setBrush(QColor(0xff, 0x8c, 0x00, 90));
    painter.drawRect(mapped.adjusted(2, 2, -2, -2));
}

} // namespace comptoir
