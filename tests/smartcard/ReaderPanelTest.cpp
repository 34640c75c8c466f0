// The reader panel follows the emulated card live, against the real pcscd + vpcd rig.
#include "ReaderPanel.h"

#include "SmartcardRig.h"
#include "VpcdCardEmulator.h"
#include "smartcard/AtrCatalogue.h"
#include "smartcard/ReaderMonitor.h"
#include "support/Hermetic.h"

#include <QApplication>
#include <QLabel>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace guichet;
using guichet::test::SmartcardRig;
using guichet::test::VpcdCardEmulator;
using guichet::test::waitFor;

namespace {

// The text of the "Card" column in the row of `reader`, or nothing when the row is absent.
std::optional<QString> cardShownFor(const QTreeWidget& list, const QString& reader)
{
    for (int row = 0; row < list.topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = list.topLevelItem(row);
        if (item->text(0).startsWith(reader)) {
            return item->text(1);
        }
    }
    return std::nullopt;
}

} // namespace

TEST(ReaderPanel, FollowsTheCardAsItComesAndGoes)
{
    GUICHET_REQUIRE_PCSC_RIG();
    ReaderMonitor monitor;
    ReaderPanel panel(monitor, AtrCatalogue::builtIn());
    auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("readerList"));
    auto* service = panel.findChild<QLabel*>(QStringLiteral("readerServiceLabel"));
    ASSERT_NE(list, nullptr);
    ASSERT_NE(service, nullptr);
    monitor.start();
    const QString reader = QString::fromLatin1(SmartcardRig::kReader0);
    // The reader is listed empty (pcscd may still be noticing the previous test's card leave).
    ASSERT_TRUE(waitFor([&] { return cardShownFor(*list, reader) == panel.tr("No card"); }))
        << cardShownFor(*list, reader).value_or(QStringLiteral("(no row)")).toStdString();
    EXPECT_TRUE(service->text().contains(QStringLiteral("connected")));

    VpcdCardEmulator card(VpcdCardEmulator::testCardAtr(), 40000);
    std::string error;
    ASSERT_TRUE(card.insert(&error)) << error;
    const TokenModel* model = AtrCatalogue::builtIn().identify(
        QByteArray(reinterpret_cast<const char*>(VpcdCardEmulator::testCardAtr().data()),
                   static_cast<qsizetype>(VpcdCardEmulator::testCardAtr().size())));
    ASSERT_NE(model, nullptr);
    EXPECT_TRUE(waitFor([&] { return cardShownFor(*list, reader) == model->model; }))
        << cardShownFor(*list, reader).value_or(QStringLiteral("(no row)")).toStdString();

    card.remove();
    EXPECT_TRUE(waitFor([&] { return cardShownFor(*list, reader) == panel.tr("No card"); }));
    monitor.stop();
}

int main(int argc, char** argv)
{
    guichet::test::makeHermetic();
    if (qEnvironmentVariableIsEmpty("GUICHET_PCSCD_RIG")) {
        qputenv("GUICHET_PCSCD_RIG", GUICHET_PCSCD_RIG_DEFAULT);
    }
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
