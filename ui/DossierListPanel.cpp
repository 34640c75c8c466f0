#include "DossierListPanel.h"

#include "DossierListModel.h"
#include "domain/DossierStatus.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace guichet {

DossierListPanel::DossierListPanel(DossierWorker& worker, const ProductCatalogue& catalogue,
                                   const QString& language, QWidget* parent)
    : QWidget(parent), m_model(new DossierListModel(worker, catalogue, language, this))
{
    setObjectName(QStringLiteral("dossierListPanel"));

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by name, order reference or SIRET (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search dossiers"));

    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    const QList<DossierStatus> statuses = StatusMachine::allStatuses();
    for (const DossierStatus status : statuses) {
        m_statusFilter->addItem(StatusMachine::displayName(status), StatusMachine::key(status));
    }

    auto* newButton = new QPushButton(tr("&New dossier"));
    newButton->setObjectName(QStringLiteral("newDossierButton"));
    newButton->setToolTip(tr("Create a new dossier (Ctrl+N)"));

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("dossierTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the list; arrows move in it
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    // Fixed row heights: the view never measures rows, whatever their number.
    QHeaderView* rows = m_table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int widths[] = {150, 110, 130, 150, 115};
    for (int column = 0; column < DossierListModel::UpdatedColumn; ++column) {
        header->resizeSection(column, widths[column]);
    }

    m_info = new QLabel(tr("Opening the database…"));
    m_info->setObjectName(QStringLiteral("listInfoLabel"));
    m_info->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_statusFilter);
    top->addWidget(newButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_info);
    setFocusProxy(m_search);
    showSortIndicator(false);

    connect(m_search, &QLineEdit::textChanged, this, &DossierListPanel::onSearchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0) {
            m_table->selectRow(0);
        }
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &DossierListPanel::applyQuery);
    connect(newButton, &QPushButton::clicked, this, &DossierListPanel::newDossierRequested);
    connect(header, &QHeaderView::sectionClicked, this, &DossierListPanel::onSectionClicked);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DossierListPanel::onCurrentRowChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->idAt(index.row()); id != 0) {
            emit dossierActivated(id);
        }
    });
    connect(m_model, &DossierListModel::pageLoaded, this, &DossierListPanel::onPageLoaded);
    connect(m_model, &DossierListModel::loadFailed, this, [this](const QString& message) {
        m_info->setText(tr("The list could not be read: %1").arg(message));
    });
}

void DossierListPanel::activate()
{
    if (m_model->isActive()) {
        m_model->reload();
        return;
    }
    m_info->setText(tr("Loading…"));
    m_model->setQuery(currentQuery());
}

void DossierListPanel::showUnavailable(const QString& message)
{
    m_info->setText(tr("The database is not available: %1").arg(message));
}

void DossierListPanel::reload(qint64 id)
{
    m_selectedId = id;
    m_model->reload();
}

void DossierListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DossierListPanel::selectDossier(qint64 id)
{
    m_selectedId = id;
    const int row = id == 0 ? -1 : m_model->rowOf(id);
    m_selecting = true;
    if (row >= 0) {
        m_table->selectRow(row);
    } else {
        m_table->selectionModel()->clear();
    }
    m_selecting = false;
}

DossierListQuery DossierListPanel::currentQuery() const
{
    DossierListQuery query;
    query.search = m_search->text().trimmed();
    const QString status = m_statusFilter->currentData().toString();
    if (!status.isEmpty()) {
        query.status = StatusMachine::fromKey(status);
    }
    const bool relevance = !query.search.isEmpty() && !m_userSorted;
    if (relevance) {
        query.sort = DossierSortKey::Relevance;
    } else {
        query.sort = DossierListModel::sortKeyFor(m_sortColumn).value_or(DossierSortKey::Name);
        query.order = m_sortOrder;
    }
    return query;
}

void DossierListPanel::applyQuery()
{
    const DossierListQuery query = currentQuery();
    showSortIndicator(query.sort == DossierSortKey::Relevance);
    if (m_model->isActive() && !(query == m_model->query())) {
        m_model->setQuery(query);
    }
}

void DossierListPanel::showSortIndicator(bool relevance)
{
    QHeaderView* header = m_table->horizontalHeader();
    header->setSortIndicatorShown(!relevance);
    header->setSortIndicator(m_sortColumn, m_sortOrder);
}

void DossierListPanel::onSectionClicked(int column)
{
    const bool relevance = m_searching && !m_userSorted;
    if (!DossierListModel::sortKeyFor(column)) {
        showSortIndicator(relevance); // the header moved its arrow: put it back
        return;
    }
    if (column == m_sortColumn && !relevance) {
        m_sortOrder = m_sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    } else {
        m_sortColumn = column;
        m_sortOrder = m_model->headerData(column, Qt::Horizontal, Qt::InitialSortOrderRole)
                          .value<Qt::SortOrder>();
    }
    m_userSorted = true;
    applyQuery();
}

void DossierListPanel::onSearchChanged(const QString& text)
{
    const bool searching = !text.trimmed().isEmpty();
    if (searching && !m_searching) {
        m_userSorted = false; // a new search starts in order of relevance
    }
    m_searching = searching;
    applyQuery();
}

void DossierListPanel::onCurrentRowChanged()
{
    if (m_selecting) {
        return;
    }
    const qint64 id = currentRowId();
    if (id == 0 || id == m_selectedId) {
        return;
    }
    m_selectedId = id;
    emit dossierSelected(id);
}

void DossierListPanel::onPageLoaded(bool fromStart)
{
    if (fromStart && m_selectedId != 0) {
        selectDossier(m_selectedId);
    }
    const int count = m_model->rowCount();
    if (count == 0) {
        const bool filtered = !m_model->query().search.isEmpty() || m_model->query().status;
        m_info->setText(filtered ? tr("No dossier matches.")
                                 : tr("No dossier yet: create one with \"New dossier\" (Ctrl+N)."));
    } else if (m_model->canFetchMore({})) {
        m_info->setText(tr("%n dossier(s) shown; more as you scroll.", "", count));
    } else {
        m_info->setText(tr("%n dossier(s).", "", count));
    }
}

qint64 DossierListPanel::currentRowId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

} // namespace guichet
