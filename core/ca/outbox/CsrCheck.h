#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace guichet {

struct Dossier;
struct Product;

// Checks a PKCS#10 request an applicant supplied before it goes to the CA (issue 6,
// "applicant-supplied CSRs"): its signature verifies with its own key, the key type and size
// are among the product's keyAlgorithms, and the subject matches the dossier.
class CsrCheck {
    Q_DECLARE_TR_FUNCTIONS(CsrCheck)
public:
    static Status check(const QByteArray& der, const Product& product, const Dossier& dossier);
    // Reads DER or PEM; an Error says why it is not a PKCS#10 request.
    static Result<QByteArray> toDer(const QByteArray& derOrPem);
};

} // namespace guichet
