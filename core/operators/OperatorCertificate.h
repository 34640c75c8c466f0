#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace guichet {

class Pkcs11Module;
class TokenSession;

// The operator's certificate as Guichet judges it at login and when an account is created:
// it chains to one of the given trust anchors (X509_verify_cert, an anchor may be an
// intermediate CA), it is valid at `nowUtc` and its key usage includes digitalSignature (the
// key answers the login challenge).
class OperatorCertificate {
    Q_DECLARE_TR_FUNCTIONS(OperatorCertificate)
public:
    static Status check(const QByteArray& certificateDer, const QList<QByteArray>& trustAnchorsDer,
                        const QDateTime& nowUtc);
    // The subject's common name (else the whole subject), for the account's display name.
    static QString displayName(const QByteArray& certificateDer);
    // A certificate file, PEM or DER, as DER; refused when it holds no certificate.
    static Result<QByteArray> readFile(const QString& path);
    // A certificate in PEM or DER, as DER.
    static Result<QByteArray> toDer(const QByteArray& pemOrDer);
};

// The certificates on a logged-in card with their CKA_ID, read with C_FindObjects.
struct CardCertificate {
    QByteArray id;
    QByteArray der;
};

class CardCertificates {
    Q_DECLARE_TR_FUNCTIONS(CardCertificates)
public:
    static Result<QList<CardCertificate>> read(const Pkcs11Module& module, TokenSession& session);
};

} // namespace guichet
