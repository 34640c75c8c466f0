#include "documents/DocumentViewer.h"

#include "documents/DocumentDialogs.h"
#include "documents/PageView.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {
namespace {

struct DossierDocuments {
    QList<DocumentInfo> documents;
    QString operatorName;
};

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

DocumentViewer::DocumentViewer(DossierWorker& worker, DocumentAccess::KeySourceFactory keySource,
                               QWidget* parent, DocumentLimits limits)
    : QWidget(parent), m_worker(worker),
      m_access(std::make_shared<DocumentAccess>(std::move(keySource), limits))
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("documentTable"));
    m_table->setHorizontalHeaderLabels({tr("Type"), tr("Date"), tr("Pages"), tr("Captured by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DocumentViewer::openSelected);

    m_pages = new PageView(this);
    m_pages->setObjectName(QStringLiteral("pageView"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("documentStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_import = new QPushButton(tr("Import…"), this);
    m_import->setObjectName(QStringLiteral("importDocumentButton"));
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(QStringLiteral("exportDocumentButton"));
    m_certify = new QPushButton(tr("Certify copy…"), this);
    m_certify->setObjectName(QStringLiteral("certifyDocumentButton"));
    m_certify->setToolTip(tr("Write a copy stamped \u00ab %1 \u00bb; the original is kept "
                             "unchanged")
                              .arg(CertifiedCopy::legalMention()));
    m_verify = new QPushButton(tr("Verify"), this);
    m_verify->setObjectName(QStringLiteral("verifyDocumentButton"));
    connect(m_import, &QPushButton::clicked, this, &DocumentViewer::askImport);
    connect(m_export, &QPushButton::clicked, this, &DocumentViewer::askExport);
    connect(m_certify, &QPushButton::clicked, this, &DocumentViewer::askCertify);
    connect(m_verify, &QPushButton::clicked, this, &DocumentViewer::verifyCurrent);

    auto* actions = new QHBoxLayout;
    for (QPushButton* action : {m_import, m_export, m_certify, m_verify}) {
        actions->addWidget(action);
    }
    actions->addStretch();
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    updateButtons();
}

DocumentViewer::~DocumentViewer() = default;

qint64 DocumentViewer::currentDocumentId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_documents.size() ? m_documents[row].id : 0;
}

void DocumentViewer::setDossier(qint64 dossierId)
{
    m_dossierId = dossierId;
    m_documents.clear();
    m_table->setRowCount(0);
    m_pages->clear();
    m_status->clear();
    reload();
}

void DocumentViewer::reload(qint64 selectId)
{
    ++m_generation;
    updateButtons();
    if (m_dossierId <= 0) {
        return;
    }
    const quint64 generation = m_generation;
    const qint64 dossierId = m_dossierId;
    auto access = m_access;
    m_worker.run<Result<DossierDocuments>>(
        this,
        [access, dossierId](DossierService& service) -> Result<DossierDocuments> {
            auto documents = access->list(service, dossierId);
            if (!documents) {
                return documents.error();
            }
            return DossierDocuments{*documents, service.actor().displayName};
        },
        [this, generation, selectId](const Result<DossierDocuments>& loaded) {
            if (generation != m_generation) {
                return;
            }
            if (!loaded) {
                finish(false, loaded.error().message);
                return;
            }
            m_operatorName = loaded->operatorName;
            showDocuments(loaded->documents, selectId);
        });
}

void DocumentViewer::showDocuments(const QList<DocumentInfo>& documents, qint64 selectId)
{
    const QSignalBlocker blocker(m_table);
    m_documents = documents;
    m_table->setRowCount(int(documents.size()));
    int selectRow = -1;
    for (int row = 0; row < documents.size(); ++row) {
        const DocumentInfo& d = documents[row];
        m_table->setItem(row, 0, cell(DocumentTypes::displayName(d.type)));
        m_table->setItem(
            row, 1, cell(QLocale().toString(d.capturedAtUtc.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, 2, cell(QString::number(d.pageCount)));
        m_table->setItem(row, 3, cell(d.capturedBy));
        if (d.id == selectId) {
            selectRow = row;
        }
    }
    emit documentsLoaded();
    if (selectRow >= 0) {
        m_table->selectRow(selectRow);
        openSelected();
    } else {
        m_pages->clear();
    }
    updateButtons();
}

void DocumentViewer::selectDocument(int row)
{
    m_table->selectRow(row);
}

void DocumentViewer::openSelected()
{
    ++m_generation;
    const qint64 id = currentDocumentId();
    updateButtons();
    if (id == 0) {
        m_pages->clear();
        return;
    }
    m_pages->showMessage(tr("Opening the document…"));
    const quint64 generation = m_generation;
    auto access = m_access;
    m_worker.run<Result<ViewedDocument>>(
        this, [access, id](DossierService& service) { return access->open(service, id); },
        [this, generation](const Result<ViewedDocument>& viewed) {
            if (generation != m_generation) {
                return;
            }
            if (!viewed) {
                m_pages->showError(
                    tr("This document cannot be shown: %1").arg(viewed.error().message));
                emit documentOpened(false);
                return;
            }
            m_pages->showPages(viewed->pages, viewed->thumbnails);
            emit documentOpened(true);
        });
}

void DocumentViewer::importFile(const QString& path, DocumentType type,
                                std::optional<QDate> paperDate)
{
    const DocumentRequest request{m_dossierId, type, paperDate};
    auto access = m_access;
    m_busy = true;
    updateButtons();
    m_worker.run<Result<DocumentInfo>>(
        this,
        [access, request, path](DossierService& service) {
            return access->importFile(service, request, path);
        },
        [this](const Result<DocumentInfo>& stored) {
            m_busy = false;
            if (!stored) {
                finish(false, stored.error().message);
                return;
            }
            finish(true, tr("Document %1 stored, encrypted.").arg(stored->id));
            reload(stored->id);
        });
}

void DocumentViewer::exportCurrent(const QString& path, DocumentService::ExportFormat format)
{
    const qint64 id = currentDocumentId();
    auto access = m_access;
    m_busy = true;
    updateButtons();
    m_worker.run<Status>(
        this,
        [access, id, path, format](DossierService& service) {
            return access->exportTo(service, id, path, format);
        },
        [this, path](const Status& done) {
            m_busy = false;
            finish(bool(done), done ? tr("Exported to %1.").arg(path) : done.error().message);
        });
}

void DocumentViewer::certifyCurrent(const Certification& certification, const QString& path)
{
    const qint64 id = currentDocumentId();
    auto access = m_access;
    m_busy = true;
    updateButtons();
    m_worker.run<Status>(
        this,
        [access, id, certification, path](DossierService& service) {
            return access->certify(service, id, certification, path);
        },
        [this, path](const Status& done) {
            m_busy = false;
            finish(bool(done),
                   done ? tr("Certified copy written to %1.").arg(path) : done.error().message);
        });
}

void DocumentViewer::verifyCurrent()
{
    const qint64 id = currentDocumentId();
    auto access = m_access;
    m_busy = true;
    updateButtons();
    m_worker.run<Result<DocumentCheck>>(
        this, [access, id](DossierService& service) { return access->verify(service, id); },
        [this](const Result<DocumentCheck>& check) {
            m_busy = false;
            if (!check) {
                finish(false, check.error().message);
            } else if (!check->intact) {
                finish(false, tr("ALTERED OR UNREADABLE: %1").arg(check->problem));
            } else {
                finish(true, tr("Document %1 is intact.").arg(check->documentId));
            }
        });
}

void DocumentViewer::finish(bool ok, const QString& message)
{
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_status->setText(message);
    updateButtons();
    emit operationFinished(ok, message);
}

void DocumentViewer::updateButtons()
{
    const bool selected = currentDocumentId() != 0;
    m_import->setEnabled(!m_busy && m_dossierId > 0);
    m_export->setEnabled(!m_busy && selected);
    m_certify->setEnabled(!m_busy && selected);
    m_verify->setEnabled(!m_busy && selected);
}

void DocumentViewer::askImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a document"), QString(),
        tr("Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (const auto choice = DocumentDialogs::askImport(this)) {
        importFile(path, choice->type, choice->paperDate);
    }
}

void DocumentViewer::askExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the document"));
    if (!path.isEmpty()) {
        exportCurrent(path, DocumentService::ExportFormat::AsStored);
    }
}

void DocumentViewer::askCertify()
{
    const auto certification =
        DocumentDialogs::askCertification(this, m_operatorName, QDate::currentDate());
    if (!certification) {
        return;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save the certified copy"), QString(),
                                                tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        path.append(QStringLiteral(".pdf"));
    }
    certifyCurrent(*certification, path);
}

} // namespace guichet
