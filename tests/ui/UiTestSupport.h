#pragma once

#include "DossierListModel.h"
#include "MainWindow.h"
#include "common/Clock.h"
#include "common/WorkstationSettings.h"
#include "domain/Dossier.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <chrono>
#include <functional>
#include <gtest/gtest.h>
#include <memory>
#include <ostream>
#include <stdexcept>

class QLineEdit;

// Readable values in failure messages.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace guichet::test {

// Runs the event loop until `done` holds or `timeout` passes; says whether it held. The
// only way these tests wait: never a fixed sleep.
bool waitUntil(const std::function<bool()>& done,
               std::chrono::milliseconds timeout = std::chrono::seconds(10));

// Replaces the text of a line edit the way a person does: select all, type.
void typeInto(QLineEdit* edit, const QString& text);

// A dossier that passes validation.
Dossier validDossier(const QString& surnames, const QString& givenNames,
                     const QString& orderReference);

// The world of one test: a SQLite file in a temporary folder, the real worker and window,
// and beside them a second connection, as another workstation would have, to seed and
// check the database.
class WindowTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // Builds and shows the window, starts the worker and waits for the first page.
    void openWindow();
    qint64 seed(const QString& surnames, const QString& givenNames,
                const QString& orderReference = {});
    Dossier stored(qint64 id);
    // Waits until every job queued so far on the worker has run and answered.
    void flushWorker();
    // Waits until the list shows exactly these rows for the query it is on.
    bool waitForListIds(const QList<qint64>& ids);
    QList<qint64> listIds();

    DossierListModel& listModel();
    template <typename T> T* widget(const QString& objectName)
    {
        T* found = m_window->findChild<T*>(objectName);
        if (found == nullptr) {
            throw std::runtime_error("no widget named " + objectName.toStdString());
        }
        return found;
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    DatabaseConfig m_config;
    std::unique_ptr<WorkstationSettings> m_settings;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierService> m_other;
    std::unique_ptr<DossierWorker> m_worker;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace guichet::test
