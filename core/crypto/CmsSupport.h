#pragma once

#include "ca/CaOpenSsl.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QString>
#include <openssl/cms.h>
#include <openssl/ess.h>

// The OpenSSL handles and conversions the CAdES signer and verifier share (STYLE.md, RAII).
namespace guichet::cms {

using ContentInfo = std::unique_ptr<CMS_ContentInfo, openssl::Deleter<CMS_ContentInfo_free>>;
using Store = std::unique_ptr<X509_STORE, openssl::Deleter<X509_STORE_free>>;
using StoreCtx = std::unique_ptr<X509_STORE_CTX, openssl::Deleter<X509_STORE_CTX_free>>;
using SigningCertV2 =
    std::unique_ptr<ESS_SIGNING_CERT_V2, openssl::Deleter<ESS_SIGNING_CERT_V2_free>>;

// SHA-256, SHA-384 or SHA-512; nullptr for anything else.
const EVP_MD* digestFor(QCryptographicHash::Algorithm algorithm);

// A certificate's subject as one line (RFC 2253, UTF-8).
QString subjectLine(const X509* certificate);

// ASN1_TIME (UTCTime or GeneralizedTime) to UTC; invalid when it cannot be read.
QDateTime toDateTime(const ASN1_TIME* time);

} // namespace guichet::cms
