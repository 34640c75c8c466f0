#include "scan/ScanDialog.h"

#include "scan/ScanWorker.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {
namespace {

constexpr int kThumbnail = 120;
// Offered when the device gives a range rather than a list.
const QList<int> kUsualResolutions{75, 100, 150, 200, 300, 400, 600, 1200};

} // namespace

ScanDialog::ScanDialog(ScanWorker& scanner, DossierWorker& dossiers, StoreJob storeJob,
                       qint64 dossierId, QWidget* parent)
    : QDialog(parent), m_scanner(scanner), m_dossiers(dossiers), m_store(std::move(storeJob)),
      m_dossierId(dossierId)
{
    setWindowTitle(tr("Scan a document"));
    buildLayout();
    connect(&m_scanner, &ScanWorker::progress, this, [this](int page, int percent) {
        m_progress->setValue(percent);
        m_progress->setFormat(tr("Page %1: %p%").arg(page));
    });
    connect(&m_scanner, &ScanWorker::pageScanned, this, [this](int, const QImage& image) {
        if (m_busy && !m_previewing) {
            addPage(image);
        }
    });
    connect(m_device, &QComboBox::currentIndexChanged, this, [this] { loadCapabilities(); });
    connect(m_preview, &QPushButton::clicked, this, [this] { startScan(true); });
    connect(m_scan, &QPushButton::clicked, this, [this] { startScan(false); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_scanner.cancel();
        m_status->setText(tr("Stopping the scanner…"));
    });
    connect(m_clear, &QPushButton::clicked, this, [this] { clearPages(); });
    connect(m_storeButton, &QPushButton::clicked, this, [this] { store(); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const auto type = DocumentType(m_type->currentData().toInt());
        m_hasPaperDate->setChecked(DocumentTypes::needsPaperDate(type));
    });
    connect(m_hasPaperDate, &QCheckBox::toggled, m_paperDate, &QWidget::setEnabled);
    loadDevices();
}

void ScanDialog::buildLayout()
{
    auto* settings = new QFormLayout;
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("scanDevice"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("scanSource"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("scanMode"));
    m_resolution = new QComboBox(this);
    m_resolution->setObjectName(QStringLiteral("scanResolution"));
    settings->addRow(tr("&Scanner:"), m_device);
    settings->addRow(tr("S&ource:"), m_source);
    settings->addRow(tr("&Colour:"), m_mode);
    settings->addRow(tr("&Resolution:"), m_resolution);

    m_preview = new QPushButton(tr("&Preview"), this);
    m_preview->setObjectName(QStringLiteral("scanPreview"));
    m_scan = new QPushButton(tr("Sc&an"), this);
    m_scan->setObjectName(QStringLiteral("scanStart"));
    m_cancel = new QPushButton(tr("S&top"), this);
    m_cancel->setObjectName(QStringLiteral("scanCancel"));
    m_clear = new QPushButton(tr("C&lear pages"), this);
    m_clear->setObjectName(QStringLiteral("scanClear"));
    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_preview, m_scan, m_cancel, m_clear}) {
        actions->addWidget(button);
    }
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setRange(0, 100);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scanStatus"));
    m_status->setWordWrap(true);
    m_previewImage = new QLabel(this);
    m_previewImage->setObjectName(QStringLiteral("scanPreviewImage"));
    m_previewImage->setMinimumSize(200, 280);
    m_previewImage->setAlignment(Qt::AlignCenter);
    m_thumbnails = new QListWidget(this);
    m_thumbnails->setObjectName(QStringLiteral("scanPages"));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setIconSize(QSize(kThumbnail, kThumbnail));
    m_thumbnails->setMovement(QListView::Static);

    auto* document = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("scanType"));
    for (DocumentType type : DocumentTypes::all()) {
        m_type->addItem(DocumentTypes::displayName(type), int(type));
    }
    m_hasPaperDate = new QCheckBox(tr("Date on the paper:"), this);
    m_hasPaperDate->setObjectName(QStringLiteral("scanHasPaperDate"));
    m_paperDate = new QDateEdit(QDate::currentDate(), this);
    m_paperDate->setObjectName(QStringLiteral("scanPaperDate"));
    m_paperDate->setCalendarPopup(true);
    m_paperDate->setEnabled(false);
    document->addRow(tr("Document &type:"), m_type);
    document->addRow(m_hasPaperDate, m_paperDate);

    m_storeButton = new QPushButton(tr("&Store in the dossier"), this);
    m_storeButton->setObjectName(QStringLiteral("scanStore"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_storeButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* left = new QVBoxLayout;
    left->addLayout(settings);
    left->addLayout(actions);
    left->addWidget(m_progress);
    left->addWidget(m_status);
    left->addWidget(m_previewImage, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_thumbnails, 1);
    right->addLayout(document);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* root = new QVBoxLayout(this);
    root->addLayout(columns);
    root->addWidget(buttons);
    setBusy(false);
}

void ScanDialog::loadDevices()
{
    m_status->setText(tr("Looking for scanners…"));
    m_scanner.devices(this, [this](Result<QList<ScannerDevice>> devices) {
        if (!devices) {
            m_status->setText(devices.error().message);
            return;
        }
        if (devices->isEmpty()) {
            m_status->setText(tr("No scanner found. Is it connected and switched on?"));
            return;
        }
        const QSignalBlocker blocker(m_device);
        m_device->clear();
        for (const ScannerDevice& device : devices.value()) {
            m_device->addItem(tr("%1 %2 (%3)").arg(device.vendor, device.model, device.name),
                              device.name);
        }
        loadCapabilities();
    });
}

void ScanDialog::loadCapabilities()
{
    m_ready = false;
    updateButtons();
    const QString device = m_device->currentData().toString();
    if (device.isEmpty()) {
        return;
    }
    m_scanner.capabilities(this, device, [this, device](Result<ScannerCapabilities> caps) {
        if (m_device->currentData().toString() != device) {
            return; // the operator chose another scanner meanwhile
        }
        if (!caps) {
            m_status->setText(caps.error().message);
            return;
        }
        showCapabilities(caps.value());
    });
}

void ScanDialog::showCapabilities(const ScannerCapabilities& caps)
{
    m_source->clear();
    for (ScanSource source : caps.sources) {
        m_source->addItem(source == ScanSource::Flatbed  ? tr("Flatbed (one page)")
                          : source == ScanSource::Feeder ? tr("Document feeder")
                                                         : tr("Document feeder, both sides"),
                          int(source));
    }
    m_mode->clear();
    for (ColourMode mode : caps.modes) {
        m_mode->addItem(mode == ColourMode::Colour ? tr("Colour")
                        : mode == ColourMode::Grey ? tr("Grey")
                                                   : tr("Black and white (text)"),
                        int(mode));
    }
    m_resolution->clear();
    const QList<int> offered = caps.resolutions.isEmpty() ? kUsualResolutions : caps.resolutions;
    for (int dpi : offered) {
        if (caps.offersResolution(dpi)) {
            m_resolution->addItem(tr("%1 dpi").arg(dpi), dpi);
        }
    }
    // 300 dpi by default (issue 4), else the nearest the device has.
    m_resolution->setCurrentIndex(std::max(0, m_resolution->findData(caps.nearestResolution(300))));
    m_ready = m_source->count() > 0 && m_mode->count() > 0 && m_resolution->count() > 0;
    m_status->setText(m_ready ? tr("Ready.")
                              : tr("This scanner offers no setting Guichet can use."));
    updateButtons();
}

ScanSettings ScanDialog::currentSettings() const
{
    ScanSettings settings;
    settings.device = m_device->currentData().toString();
    settings.source = ScanSource(m_source->currentData().toInt());
    settings.mode = ColourMode(m_mode->currentData().toInt());
    settings.resolution = m_resolution->currentData().toInt();
    return settings;
}

void ScanDialog::startScan(bool preview)
{
    ScanSettings settings = currentSettings();
    settings.preview = preview;
    m_previewing = preview;
    setBusy(true);
    m_progress->setValue(0);
    m_status->setText(preview ? tr("Preview…") : tr("Scanning…"));
    m_scanner.scan(this, settings,
                   [this, preview](ScanOutcome outcome) { scanFinished(outcome, preview); });
}

void ScanDialog::scanFinished(const ScanOutcome& outcome, bool preview)
{
    setBusy(false);
    if (preview && !outcome.pages.isEmpty()) {
        m_previewImage->setPixmap(QPixmap::fromImage(outcome.pages.first().scaled(
            m_previewImage->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    if (outcome.cancelled) {
        m_status->setText(
            tr("Stopped. The %n page(s) scanned are kept.", nullptr, int(m_pages.size())));
    } else if (outcome.error) {
        m_status->setText(
            tr("%1\nThe %n page(s) already scanned are kept.", nullptr, int(m_pages.size()))
                .arg(outcome.error->message));
    } else {
        m_status->setText(preview ? tr("Preview done.")
                                  : tr("%n page(s) scanned.", nullptr, int(m_pages.size())));
    }
    updateButtons();
}

void ScanDialog::addPage(const QImage& page)
{
    m_pages.append(page);
    const QImage small =
        page.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_thumbnails->addItem(
        new QListWidgetItem(QIcon(QPixmap::fromImage(small)), tr("Page %1").arg(m_pages.size())));
    updateButtons();
}

void ScanDialog::clearPages()
{
    m_pages.clear();
    m_thumbnails->clear();
    updateButtons();
}

void ScanDialog::store()
{
    DocumentRequest request;
    request.dossierId = m_dossierId;
    request.type = DocumentType(m_type->currentData().toInt());
    if (m_hasPaperDate->isChecked()) {
        request.paperDate = m_paperDate->date();
    }
    setBusy(true);
    m_status->setText(tr("Storing…"));
    const QList<QImage> pages = m_pages;
    m_dossiers.run<Result<DocumentInfo>>(
        this,
        [store = m_store, request, pages](DossierService& service) {
            return store(service, request, pages);
        },
        [this](Result<DocumentInfo> stored) {
            setBusy(false);
            if (!stored) {
                m_status->setText(stored.error().message);
                return;
            }
            m_status->setText(tr("Stored as document %1.").arg(stored->id));
            emit documentStored(stored.value());
            clearPages();
        });
}

void ScanDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ScanDialog::updateButtons()
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_device, m_source, m_mode, m_resolution}) {
        w->setEnabled(!m_busy);
    }
    m_preview->setEnabled(!m_busy && m_ready);
    m_scan->setEnabled(!m_busy && m_ready);
    m_cancel->setEnabled(m_busy);
    m_clear->setEnabled(!m_busy && !m_pages.isEmpty());
    m_storeButton->setEnabled(!m_busy && !m_pages.isEmpty());
}

} // namespace guichet
