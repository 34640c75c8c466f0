#include "documents/PageView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <algorithm>

namespace guichet {
namespace {

QPushButton* button(const QString& text, const QString& name, const QString& tip, QWidget* parent)
{
    auto* made = new QPushButton(text, parent);
    made->setObjectName(name);
    made->setToolTip(tip);
    return made;
}

} // namespace

PageView::PageView(QWidget* parent) : QWidget(parent)
{
    m_thumbnails = new QListWidget(this);
    m_thumbnails->setObjectName(QStringLiteral("pageThumbnails"));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setIconSize(QSize(120, 120));
    m_thumbnails->setFixedWidth(150);
    m_thumbnails->setMovement(QListView::Static);
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, &PageView::setPage);

    m_page = new QLabel(this);
    m_page->setObjectName(QStringLiteral("pageImage"));
    m_page->setAlignment(Qt::AlignCenter);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("pageArea"));
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_page);
    m_scroll->viewport()->installEventFilter(this);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pageMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_scroll);

    m_previous = button(tr("Previous"), QStringLiteral("previousPageButton"),
                        tr("Previous page (Page Up)"), this);
    m_next =
        button(tr("Next"), QStringLiteral("nextPageButton"), tr("Next page (Page Down)"), this);
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("pagePosition"));
    auto* zoomOutButton = button(tr("−"), QStringLiteral("zoomOutButton"), tr("Zoom out"), this);
    auto* zoomInButton = button(tr("+"), QStringLiteral("zoomInButton"), tr("Zoom in"), this);
    auto* fitButton =
        button(tr("Fit"), QStringLiteral("fitButton"), tr("Fit the page to the window"), this);
    auto* leftButton = button(tr("Rotate left"), QStringLiteral("rotateLeftButton"),
                              tr("Rotate the view a quarter turn left (the document is not "
                                 "changed)"),
                              this);
    auto* rightButton = button(tr("Rotate right"), QStringLiteral("rotateRightButton"),
                               tr("Rotate the view a quarter turn right (the document is not "
                                  "changed)"),
                               this);
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    zoomInButton->setShortcut(QKeySequence::ZoomIn);
    zoomOutButton->setShortcut(QKeySequence::ZoomOut);
    m_pageButtons = {m_previous, m_next,     zoomOutButton, zoomInButton,
                     fitButton,  leftButton, rightButton};
    connect(m_previous, &QPushButton::clicked, this, &PageView::previousPage);
    connect(m_next, &QPushButton::clicked, this, &PageView::nextPage);
    connect(zoomOutButton, &QPushButton::clicked, this, &PageView::zoomOut);
    connect(zoomInButton, &QPushButton::clicked, this, &PageView::zoomIn);
    connect(fitButton, &QPushButton::clicked, this, &PageView::fitToWindow);
    connect(leftButton, &QPushButton::clicked, this, &PageView::rotateLeft);
    connect(rightButton, &QPushButton::clicked, this, &PageView::rotateRight);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_previous);
    controls->addWidget(m_position);
    controls->addWidget(m_next);
    controls->addStretch();
    for (QPushButton* control : {zoomOutButton, zoomInButton, fitButton, leftButton, rightButton}) {
        controls->addWidget(control);
    }
    auto* right = new QVBoxLayout;
    right->addLayout(controls);
    right->addWidget(m_stack, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_thumbnails);
    layout->addLayout(right, 1);
    clear();
}

void PageView::showPages(const QList<QImage>& pages, const QList<QImage>& thumbnails)
{
    clear();
    m_pages = pages;
    {
        const QSignalBlocker blocker(m_thumbnails);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            auto* item = new QListWidgetItem(tr("Page %1").arg(i + 1), m_thumbnails);
            if (i < thumbnails.size()) {
                item->setIcon(QIcon(QPixmap::fromImage(thumbnails[i])));
            }
        }
    }
    m_stack->setCurrentWidget(m_scroll);
    setPage(0);
}

void PageView::showError(const QString& message)
{
    clear();
    m_message->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_message->setText(message);
}

void PageView::showMessage(const QString& message)
{
    clear();
    m_message->setText(message);
}

void PageView::clear()
{
    m_pages.clear();
    m_current = -1;
    m_rotation = 0;
    m_fit = true;
    m_zoom = 1.0;
    {
        const QSignalBlocker blocker(m_thumbnails);
        m_thumbnails->clear();
    }
    m_page->clear();
    m_message->setStyleSheet(QString());
    m_message->clear();
    m_stack->setCurrentWidget(m_message);
    updateControls();
}

double PageView::zoom() const
{
    if (m_current < 0) {
        return 0.0;
    }
    if (!m_fit) {
        return m_zoom;
    }
    // Fit: the whole (rotated) page inside the viewport.
    QSize page = m_pages[m_current].size();
    if (m_rotation % 180 != 0) {
        page.transpose();
    }
    const QSize area = m_scroll->viewport()->size() - QSize(4, 4);
    if (page.isEmpty() || area.isEmpty()) {
        return 1.0;
    }
    return std::min(double(area.width()) / page.width(), double(area.height()) / page.height());
}

QSize PageView::displayedSize() const
{
    return m_current >= 0 && !m_page->pixmap().isNull() ? m_page->pixmap().size() : QSize();
}

bool PageView::showsError() const
{
    return m_current < 0 && !m_message->styleSheet().isEmpty() && !m_message->text().isEmpty();
}

QString PageView::errorText() const
{
    return showsError() ? m_message->text() : QString();
}

void PageView::setPage(int index)
{
    if (index < 0 || index >= m_pages.size() || index == m_current) {
        return;
    }
    m_current = index;
    {
        const QSignalBlocker blocker(m_thumbnails);
        m_thumbnails->setCurrentRow(index);
    }
    render();
    updateControls();
    emit pageChanged(index);
}

void PageView::nextPage()
{
    setPage(m_current + 1);
}

void PageView::previousPage()
{
    setPage(m_current - 1);
}

void PageView::zoomIn()
{
    setZoom(zoom() * ZoomStep);
}

void PageView::zoomOut()
{
    setZoom(zoom() / ZoomStep);
}

void PageView::fitToWindow()
{
    m_fit = true;
    render();
}

void PageView::rotateLeft()
{
    m_rotation = (m_rotation + 270) % 360;
    render();
}

void PageView::rotateRight()
{
    m_rotation = (m_rotation + 90) % 360;
    render();
}

void PageView::setZoom(double zoom)
{
    if (m_current < 0) {
        return;
    }
    m_fit = false;
    m_zoom = std::clamp(zoom, MinimumZoom, MaximumZoom);
    render();
}

bool PageView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        const auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const int delta = wheel->angleDelta().y();
            if (delta > 0) {
                zoomIn();
            } else if (delta < 0) {
                zoomOut();
            }
            return true; // not a scroll
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PageView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_fit) {
        render();
    }
}

void PageView::render()
{
    if (m_current < 0) {
        return;
    }
    const QImage& page = m_pages[m_current];
    const double scale = zoom();
    QTransform transform;
    transform.rotate(m_rotation);
    transform.scale(scale, scale);
    const QImage shown = page.transformed(transform, Qt::SmoothTransformation);
    m_page->setPixmap(QPixmap::fromImage(shown));
    m_page->resize(shown.size());
}

void PageView::updateControls()
{
    const bool any = m_current >= 0;
    for (QPushButton* control : std::as_const(m_pageButtons)) {
        control->setEnabled(any);
    }
    m_previous->setEnabled(any && m_current > 0);
    m_next->setEnabled(any && m_current + 1 < m_pages.size());
    m_position->setText(any ? tr("Page %1 of %2").arg(m_current + 1).arg(m_pages.size())
                            : QString());
}

} // namespace guichet
