#pragma once

#include "common/Result.h"
#include "token/Pkcs11.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace guichet {

// One loaded PKCS#11 module: dlopen through QLibrary, C_GetFunctionList, C_Initialize;
// C_Finalize and unload when it goes. Used from one thread only (its TokenWorker's).
class Pkcs11Module {
    Q_DECLARE_TR_FUNCTIONS(Pkcs11Module)
public:
    ~Pkcs11Module();
    Pkcs11Module(const Pkcs11Module&) = delete;
    Pkcs11Module& operator=(const Pkcs11Module&) = delete;

    static Result<std::unique_ptr<Pkcs11Module>> load(const QString& path);

    // Modules registered with p11-kit (Linux): the "module:" line of each *.module file in
    // the system and administrator registries, resolved against p11-kit's module folder.
    static QStringList registeredModules();
    // SoftHSM2 where Debian installs it: the training token and the test rig.
    static QString softHsmPath() { return QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"); }

    CK_FUNCTION_LIST& api() const { return *m_functions; }
    const QString& path() const { return m_path; }
    QString description() const { return m_description; }

    // Slots that hold a token (or all slots).
    Result<QList<CK_SLOT_ID>> slotList(bool withTokenOnly) const;

private:
    explicit Pkcs11Module(QString path);

    QString m_path;
    QLibrary m_library;
    CK_FUNCTION_LIST* m_functions = nullptr;
    bool m_initialised = false;
    QString m_description;
};

// Fixed-width, space-padded PKCS#11 text fields (labels, serials) to and from QString.
QString fromPaddedField(const unsigned char* field, std::size_t size);
QByteArray toPaddedField(const QString& text, std::size_t size);

} // namespace guichet
