#include "FormSamples.h"
#include "domain/ProductCatalogue.h"
#include "forms/FormPreviewDialog.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "support/Hermetic.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <gtest/gtest.h>

using namespace guichet;

// The print preview paints the form through the same renderer as the PDF, on the printer.
TEST(FormPreviewTest, PreviewPaintsEveryPage)
{
    auto formTemplate = FormTemplates::builtIn(FormTemplate::DefaultId);
    ASSERT_TRUE(formTemplate.ok());
    InterventionFormData data = InterventionFormBuilder(*formTemplate, ProductCatalogue::builtIn(),
                                                        IdentityDocumentCatalogue::builtIn())
                                    .build(test::employeeFormInputs(), QStringLiteral("fr"));
    FormPreviewDialog dialog(*formTemplate, data);
    EXPECT_EQ(dialog.objectName(), QStringLiteral("formPreviewDialog"));
    dialog.show();
    const QDeadlineTimer deadline(10'000);
    while (dialog.lastPageCount() == 0 && !deadline.hasExpired()) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    EXPECT_TRUE(dialog.lastError().isEmpty()) << dialog.lastError().toStdString();
    EXPECT_EQ(dialog.lastPageCount(), 2);
}

int main(int argc, char** argv)
{
    guichet::test::makeHermetic();
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
