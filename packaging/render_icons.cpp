// Renders the scalable icon into the PNG sizes the desktop icon theme wants (hicolor/NxN/apps), at
// build time, so the package ships both without a third-party converter.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: render_icons ICON.svg SIZE OUT.png\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    bool ok = false;
    const int size = args.at(2).toInt(&ok);
    if (!svg.isValid() || !ok || size < 8 || size > 1024) {
        std::fprintf(stderr, "render_icons: cannot read %s or bad size\n", qPrintable(args.at(1)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    return image.save(args.at(3), "PNG") ? 0 : 1;
}
