#pragma once

#include <QImage>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace guichet {

// A document's pages on screen: thumbnails, the current page, paging, zoom (fit, +/-,
// Ctrl+wheel) and rotation. Rotation is for viewing only: nothing stored changes. Holds the
// decrypted pages in memory only, and forgets them on clear().
class PageView : public QWidget {
    Q_OBJECT
public:
    static constexpr double ZoomStep = 1.25;
    static constexpr double MinimumZoom = 0.1;
    static constexpr double MaximumZoom = 8.0;

    explicit PageView(QWidget* parent = nullptr);

    void showPages(const QList<QImage>& pages, const QList<QImage>& thumbnails);
    // An error in place of any page (a tampered or unreadable document): never an image.
    void showError(const QString& message);
    void showMessage(const QString& message);
    void clear();

    int pageCount() const { return int(m_pages.size()); }
    int currentPage() const { return m_current; }
    int rotation() const { return m_rotation; }
    bool fitsWindow() const { return m_fit; }
    // The scale the page is shown at (1.0 = its rendered size).
    double zoom() const;
    // The size of the page as displayed, or empty when no page is shown.
    QSize displayedSize() const;
    bool showsError() const;
    QString errorText() const;

public slots:
    void setPage(int index);
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void rotateLeft();
    void rotateRight();

signals:
    void pageChanged(int index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void setZoom(double zoom);
    void render();
    void updateControls();

    QList<QImage> m_pages;
    int m_current = -1;
    int m_rotation = 0; // degrees, a multiple of 90
    bool m_fit = true;
    double m_zoom = 1.0;

    QListWidget* m_thumbnails = nullptr;
    QStackedWidget* m_stack = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_page = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_position = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QList<QPushButton*> m_pageButtons;
};

} // namespace guichet
