#include "AboutDialog.h"

#include "about/SoftwareVersions.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace guichet {

AboutDialog::AboutDialog(bool trainingMode, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Guichet"));
    auto* layout = new QVBoxLayout(this);

    auto* title = new QLabel(tr("<h2>Guichet</h2>"), this);
    layout->addWidget(title);
    auto* description = new QLabel(tr("Registration-authority workstation"), this);
    layout->addWidget(description);
    auto* version = new QLabel(tr("Version %1").arg(SoftwareVersions::guichetVersion()), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(version);

    // Selectable, so that an operator can paste them into a support request.
    auto* libraries = new QWidget(this);
    libraries->setObjectName(QStringLiteral("aboutLibraries"));
    auto* form = new QFormLayout(libraries);
    form->setContentsMargins(0, 0, 0, 0);
    for (const ComponentVersion& component : SoftwareVersions::libraries()) {
        auto* value = new QLabel(component.source == ComponentVersion::Source::BuildTime
                                     ? tr("%1 (build time)").arg(component.version)
                                     : component.version,
                                 libraries);
        value->setObjectName(QStringLiteral("aboutLibrary_") + component.name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(component.name, value);
    }
    layout->addWidget(libraries);

    auto* mode = new QLabel(trainingMode ? tr("Training mode: certificates issued here have "
                                              "no value.")
                                         : tr("Production mode."),
                            this);
    mode->setObjectName(QStringLiteral("aboutMode"));
    mode->setWordWrap(true);
    layout->addWidget(mode);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace guichet
