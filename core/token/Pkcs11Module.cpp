#include "token/Pkcs11Module.h"

#include "token/TokenLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace guichet {

Pkcs11Module::Pkcs11Module(QString path) : m_path(std::move(path)), m_library(m_path) {}

Pkcs11Module::~Pkcs11Module()
{
    if (m_initialised) {
        m_functions->C_Finalize(nullptr);
    }
    if (m_library.isLoaded()) {
        m_library.unload();
    }
}

Result<std::unique_ptr<Pkcs11Module>> Pkcs11Module::load(const QString& path)
{
    std::unique_ptr<Pkcs11Module> module(new Pkcs11Module(path));
    if (!module->m_library.load()) {
        return TokenErrors::moduleMissing(path, module->m_library.errorString());
    }
    auto getList =
        reinterpret_cast<CK_C_GetFunctionList>(module->m_library.resolve("C_GetFunctionList"));
    if (!getList) {
        return TokenErrors::moduleMissing(path, tr("it is not a PKCS#11 module."));
    }
    if (CK_RV rv = getList(&module->m_functions); rv != CKR_OK || !module->m_functions) {
        return TokenErrors::fromReturn(rv, tr("loading the PKCS#11 module"));
    }
    // The module may be called from the worker thread only, but it may create its own
    // threads: let it use the operating system's locks.
    CK_C_INITIALIZE_ARGS args{};
    args.flags = CKF_OS_LOCKING_OK;
    const CK_RV rv = module->m_functions->C_Initialize(&args);
    if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED) {
        return TokenErrors::fromReturn(rv, tr("initialising the PKCS#11 module"));
    }
    module->m_initialised = rv == CKR_OK;
    CK_INFO info{};
    if (module->m_functions->C_GetInfo(&info) == CKR_OK) {
        module->m_description =
            fromPaddedField(info.libraryDescription, sizeof info.libraryDescription);
    }
    qCInfo(lcToken) << "PKCS#11 module loaded:" << path << module->m_description;
    return module;
}

QStringList Pkcs11Module::registeredModules()
{
    // p11-kit's registries (pkcs11.conf(5)): package-provided, then administrator's; the
    // folders are p11-kit's own (its pkg-config variables, read at build time).
#ifndef GUICHET_P11_MODULE_CONFIGS
#define GUICHET_P11_MODULE_CONFIGS "/usr/share/p11-kit/modules"
#define GUICHET_P11_MODULE_PATH "/usr/lib/pkcs11"
#endif
    const QStringList registries{QStringLiteral(GUICHET_P11_MODULE_CONFIGS),
                                 QStringLiteral("/etc/pkcs11/modules")};
    const QString moduleDir = QStringLiteral(GUICHET_P11_MODULE_PATH);
    QStringList modules;
    for (const QString& registry : registries) {
        const QDir dir(registry);
        for (const QString& name : dir.entryList({QStringLiteral("*.module")}, QDir::Files)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
                continue;
            }
            QTextStream in(&file);
            while (!in.atEnd()) {
                const QString line = in.readLine().trimmed();
                if (!line.startsWith(u"module:")) {
                    continue;
                }
                QString module = line.mid(7).trimmed();
                if (QFileInfo(module).isRelative()) {
                    module = QDir(moduleDir).filePath(module);
                }
                if (!modules.contains(module)) {
                    modules.append(module);
                }
            }
        }
    }
    return modules;
}

Result<QList<CK_SLOT_ID>> Pkcs11Module::slotList(bool withTokenOnly) const
{
    const CK_BBOOL present = withTokenOnly ? CK_TRUE : CK_FALSE;
    CK_ULONG count = 0;
    if (CK_RV rv = m_functions->C_GetSlotList(present, nullptr, &count); rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, tr("listing the readers"));
    }
    QList<CK_SLOT_ID> slotIds(static_cast<qsizetype>(count));
    if (CK_RV rv = m_functions->C_GetSlotList(present, slotIds.data(), &count); rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, tr("listing the readers"));
    }
    slotIds.resize(static_cast<qsizetype>(count));
    return slotIds;
}

QString fromPaddedField(const unsigned char* field, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(field), static_cast<qsizetype>(size))
        .trimmed();
}

QByteArray toPaddedField(const QString& text, std::size_t size)
{
    QByteArray bytes = text.toUtf8().left(static_cast<qsizetype>(size));
    bytes.append(QByteArray(static_cast<qsizetype>(size) - bytes.size(), ' '));
    return bytes;
}

} // namespace guichet
