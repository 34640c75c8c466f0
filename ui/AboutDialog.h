#pragma once

#include <QDialog>

namespace guichet {

// Help > About (issue 8): Guichet's version from the CMake project version, the Qt, OpenSSL
// and pcsc-lite versions in use (SoftwareVersions, also printed by `guichet-cli --version`)
// and whether this workstation runs in training mode. Object names for tests: aboutVersion,
// aboutLibraries, aboutMode.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(bool trainingMode, QWidget* parent = nullptr);
};

} // namespace guichet
