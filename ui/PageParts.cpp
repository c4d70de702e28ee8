#include "PageParts.h"

#include <QFileInfo>
#include <QLabel>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace comptoir {

QLabel* pageHeading(const QString& text, QWidget* parent)
{
    auto* heading = new QLabel(text, parent);
    QFont f = heading->font();
    f.setPointSize(18);
    f.setBold(true);
    heading->setFont(f);
    return heading;
}

bool writeHtmlPdf(const QString& html, const QString& path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
    return QFileInfo(path).size() > 0;
}

void previewHtml(QWidget* parent, const std::function<QString()>& html)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, parent, [html](QPrinter* target) {
        QTextDocument document;
        document.setHtml(html());
        document.print(target);
    });
    preview.exec();
}

} // namespace comptoir
