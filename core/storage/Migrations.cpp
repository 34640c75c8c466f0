#include "storage/Migrations.h"

#include "common/Logging.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>

namespace guichet {
namespace {

struct Migration {
    int version;
    const char* description;
    const char* sql; // statements separated by ";\n"; placeholders filled per engine
};

// Placeholders: {{ID}} an auto-incremented 64-bit primary key, {{C}} byte-wise collation
// (PostgreSQL's default collation ignores spaces and would break prefix ranges),
// {{NOROWID}} SQLite's clustered table for pure index tables, {{BLOB}} binary content,
// {{ROWID}} a 64-bit primary key the writer gives that is SQLite's rowid (the table is stored
// in its order; no AUTOINCREMENT).
constexpr Migration kMigrations[] = {
    {1, "dossiers, status history, audit log", R"SQL(
CREATE TABLE dossier (
  id {{ID}},
  version INTEGER NOT NULL,
  order_ref TEXT{{C}} NOT NULL,
  product_id TEXT NOT NULL,
  usage TEXT NOT NULL,
  ca_profile_id TEXT NOT NULL,
  use_case_id TEXT NOT NULL,
  status TEXT{{C}} NOT NULL,
  holder_surnames TEXT NOT NULL,
  holder_given_names TEXT NOT NULL,
  holder_birth_date TEXT NOT NULL,
  holder_birth_place TEXT NOT NULL,
  holder_email TEXT NOT NULL,
  holder_phone TEXT NOT NULL,
  holder_street TEXT NOT NULL,
  holder_postal_code TEXT NOT NULL,
  holder_city TEXT NOT NULL,
  holder_country TEXT NOT NULL,
  org_present INTEGER NOT NULL,
  org_name TEXT NOT NULL,
  org_legal_form TEXT NOT NULL,
  org_registration_id TEXT NOT NULL,
  org_street TEXT NOT NULL,
  org_postal_code TEXT NOT NULL,
  org_city TEXT NOT NULL,
  org_country TEXT NOT NULL,
  sub_surnames TEXT NOT NULL,
  sub_given_names TEXT NOT NULL,
  sub_title TEXT NOT NULL,
  sub_email TEXT NOT NULL,
  sort_name TEXT{{C}} NOT NULL,
  owner_operator TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE INDEX dossier_by_name ON dossier (sort_name, id);
CREATE INDEX dossier_by_order_ref ON dossier (order_ref, id);
CREATE INDEX dossier_by_product ON dossier (product_id, id);
CREATE INDEX dossier_by_updated ON dossier (updated_at, id);
CREATE INDEX dossier_by_status ON dossier (status, sort_name, id);
CREATE TABLE dossier_search (
  term TEXT{{C}} NOT NULL,
  dossier_id BIGINT NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
  PRIMARY KEY (term, dossier_id)
){{NOROWID}};
CREATE INDEX dossier_search_by_dossier ON dossier_search (dossier_id);
CREATE TABLE status_change (
  id {{ID}},
  dossier_id BIGINT NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  at BIGINT NOT NULL,
  operator TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE INDEX status_change_by_dossier ON status_change (dossier_id, id);
CREATE TABLE audit_event (
  seq BIGINT PRIMARY KEY,
  at BIGINT NOT NULL,
  operator TEXT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  details TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_event_by_object ON audit_event (object_type, object_id, seq);
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq BIGINT NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000')
)SQL"},
    // Issue 4: captured documents, only ever stored encrypted (core/crypto/Envelope.h);
    // the passphrase-protected master key; the record of retention purges.
    {2, "encrypted documents, master key protection, retention purges", R"SQL(
CREATE TABLE document (
  id {{ID}},
  uid TEXT NOT NULL UNIQUE,
  dossier_id BIGINT NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
  doc_type TEXT NOT NULL,
  source TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  page_count INTEGER NOT NULL,
  paper_date TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size BIGINT NOT NULL,
  captured_by TEXT NOT NULL,
  captured_at BIGINT NOT NULL
);
CREATE INDEX document_by_dossier ON document (dossier_id, id);
CREATE TABLE document_part (
  document_id BIGINT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  part INTEGER NOT NULL,
  mime_type TEXT NOT NULL,
  stored_sha256 TEXT NOT NULL,
  stored_size BIGINT NOT NULL,
  is_original INTEGER NOT NULL,
  content {{BLOB}} NOT NULL,
  PRIMARY KEY (document_id, part)
);
CREATE TABLE master_key_protection (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  kdf TEXT NOT NULL,
  salt {{BLOB}} NOT NULL,
  scrypt_n BIGINT NOT NULL,
  scrypt_r INTEGER NOT NULL,
  scrypt_p INTEGER NOT NULL,
  wrapped_key {{BLOB}} NOT NULL,
  key_id TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE TABLE retention_purge (
  dossier_id BIGINT PRIMARY KEY REFERENCES dossier (id) ON DELETE CASCADE,
  purged_at BIGINT NOT NULL,
  operator TEXT NOT NULL,
  retention_end TEXT NOT NULL,
  documents_deleted INTEGER NOT NULL
)
)SQL"},
    // Issue 6: imported CA profiles (the built-in "training" profile is not stored), and the
    // embedded training CA: its certificates, its keys sealed by the EncryptionService, what
    // it issued and revoked, and the idempotency keys of the requests it answered.
    {3, "CA profiles, training CA", R"SQL(
CREATE TABLE ca_profile (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  definition TEXT NOT NULL,
  imported_at BIGINT NOT NULL,
  imported_by TEXT NOT NULL
);
CREATE TABLE training_ca (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  root_cert {{BLOB}} NOT NULL,
  issuing_cert {{BLOB}} NOT NULL,
  root_key {{BLOB}} NOT NULL,
  issuing_key {{BLOB}} NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE TABLE training_ca_cert (
  serial TEXT PRIMARY KEY,
  cert {{BLOB}} NOT NULL,
  subject TEXT NOT NULL,
  product_id TEXT NOT NULL,
  issued_at BIGINT NOT NULL,
  revoked_at BIGINT NOT NULL,
  revocation_reason INTEGER NOT NULL
);
CREATE TABLE training_ca_request (
  request_key TEXT PRIMARY KEY,
  serial TEXT NOT NULL,
  answered_at BIGINT NOT NULL
)
)SQL"},
    // Issue 5: the SO PINs Guichet generated for the tokens it initialised, sealed by the
    // EncryptionService and bound to the token's serial (never in clear).
    {4, "token SO PINs", R"SQL(
CREATE TABLE token_so_pin (
  serial TEXT PRIMARY KEY,
  sealed {{BLOB}} NOT NULL,
  stored_at BIGINT NOT NULL,
  stored_by TEXT NOT NULL
)
)SQL"},
    // Issue 3: the face-to-face meeting of a dossier (one row, optimistic version) and the
    // operator's decisions, appended and never rewritten (REG-6.4.5-04 c-g).
    {5, "face-to-face meetings and decisions", R"SQL(
CREATE TABLE meeting (
  dossier_id BIGINT PRIMARY KEY REFERENCES dossier (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  step TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  place TEXT NOT NULL,
  operator TEXT NOT NULL,
  doc_type TEXT NOT NULL,
  doc_number TEXT NOT NULL,
  doc_issuing_state TEXT NOT NULL,
  doc_issuing_authority TEXT NOT NULL,
  doc_issue_date TEXT NOT NULL,
  doc_expiry_date TEXT NOT NULL,
  doc_mrz TEXT NOT NULL,
  doc_surnames TEXT NOT NULL,
  doc_given_names TEXT NOT NULL,
  doc_birth_date TEXT NOT NULL,
  suggested_features TEXT NOT NULL,
  org_legal_representative TEXT NOT NULL,
  org_mandate_date TEXT NOT NULL,
  org_mandate_countersigned INTEGER NOT NULL,
  org_request_co_signed INTEGER NOT NULL,
  identity_verified_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE TABLE meeting_decision (
  id {{ID}},
  dossier_id BIGINT NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  value INTEGER NOT NULL,
  operator TEXT NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX meeting_decision_by_dossier ON meeting_decision (dossier_id, id)
)SQL"},
    // Issue 6: the durable outbox of requests to CAs, written in the same transaction as the
    // dossier change that causes it; payloads are public (CSR, certificate, reason), the
    // credentials come from the sender's configuration. And the certificates dossiers received.
    {6, "CA outbox", R"SQL(
CREATE TABLE outbox_item (
  id {{ID}},
  dossier_id BIGINT NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  idempotency_key TEXT NOT NULL UNIQUE,
  ca_profile_id TEXT NOT NULL,
  payload {{BLOB}} NOT NULL,
  params TEXT NOT NULL,
  state TEXT{{C}} NOT NULL,
  attempts INTEGER NOT NULL,
  next_attempt_at BIGINT NOT NULL,
  lease_until BIGINT NOT NULL,
  claimed_by TEXT NOT NULL,
  last_error TEXT NOT NULL,
  transaction_id TEXT NOT NULL,
  result {{BLOB}} NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX outbox_item_due ON outbox_item (ca_profile_id, state, next_attempt_at, id);
CREATE INDEX outbox_item_by_dossier ON outbox_item (dossier_id, id);
CREATE TABLE dossier_certificate (
  id {{ID}},
  dossier_id BIGINT NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
  outbox_item_id BIGINT NOT NULL UNIQUE,
  serial TEXT NOT NULL,
  cert {{BLOB}} NOT NULL,
  issued_at BIGINT NOT NULL,
  revoked_at BIGINT NOT NULL,
  revocation_reason INTEGER NOT NULL
);
CREATE INDEX dossier_certificate_by_dossier ON dossier_certificate (dossier_id, id)
)SQL"},
    // Issue 7: operator accounts (roles, training, the certificate that logs them in). The
    // certificate's SHA-256 (hex) finds the account at card login; optimistic version.
    {7, "operator accounts", R"SQL(
CREATE TABLE operator_account (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  ca_registration_number TEXT NOT NULL,
  organisation_name TEXT NOT NULL,
  training_date TEXT NOT NULL,
  certificate {{BLOB}} NOT NULL,
  certificate_sha256 TEXT NOT NULL,
  active INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE INDEX operator_account_by_certificate ON operator_account (certificate_sha256)
)SQL"},
    // Issue 7: signed checkpoints of the audit chain's head (core/audit/AuditCheckpoints.h).
    // Kept beside the chain, not in it: a checkpoint event would move the head it signs.
    {8, "audit checkpoints", R"SQL(
CREATE TABLE audit_checkpoint (
  id {{ID}},
  seq BIGINT NOT NULL,
  head_hash TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  time_source TEXT NOT NULL,
  operator TEXT NOT NULL,
  reason TEXT NOT NULL,
  digest TEXT NOT NULL,
  certificate {{BLOB}} NOT NULL,
  signature {{BLOB}} NOT NULL
);
CREATE INDEX audit_checkpoint_by_seq ON audit_checkpoint (seq, id);
-- audit export and the audit view select periods
CREATE INDEX audit_event_by_time ON audit_event (at, seq)
)SQL"},
    // Issue 7: the postal dispatch of a dossier's paper originals (sent on, carrier, tracking
    // number, received by the CA on; who recorded each and when; dates as ISO text, '' while
    // unknown).
    {9, "postal dispatch of originals", R"SQL(
CREATE TABLE postal_dispatch (
  id {{ID}},
  dossier_id BIGINT NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
  sent_on TEXT NOT NULL,
  carrier TEXT NOT NULL,
  tracking_number TEXT NOT NULL,
  received_on TEXT NOT NULL,
  sent_recorded_by TEXT NOT NULL,
  sent_recorded_at BIGINT NOT NULL,
  received_recorded_by TEXT NOT NULL,
  received_recorded_at BIGINT NOT NULL
);
CREATE INDEX postal_dispatch_by_dossier ON postal_dispatch (dossier_id, id)
)SQL"},
    // Issue 7: the operator's detached CAdES signature of a signed intervention form, kept
    // with the stored PDF it covers (core/forms/FormSignature.h). The CMS is public data.
    {10, "intervention form signatures", R"SQL(
CREATE TABLE form_signature (
  id {{ID}},
  dossier_id BIGINT NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
  document_id BIGINT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  cms {{BLOB}} NOT NULL,
  signer_certificate_sha256 TEXT NOT NULL,
  signer_name TEXT NOT NULL,
  signed_at BIGINT NOT NULL,
  signed_by TEXT NOT NULL
);
CREATE INDEX form_signature_by_dossier ON form_signature (dossier_id, id);
CREATE INDEX form_signature_by_document ON form_signature (document_id)
)SQL"},
    // Issue 6: a dossier opened to renew a certificate: the certificate (public data), the
    // dossier that obtained it when this desk has it (0 otherwise) and the rules' decision.
    {11, "renewal of a certificate", R"SQL(
CREATE TABLE dossier_renewal (
  dossier_id BIGINT PRIMARY KEY REFERENCES dossier (id) ON DELETE CASCADE,
  previous_dossier_id BIGINT NOT NULL,
  previous_serial TEXT NOT NULL,
  previous_issuer TEXT NOT NULL,
  previous_cert {{BLOB}} NOT NULL,
  decision TEXT NOT NULL,
  reasons TEXT NOT NULL,
  decided_at BIGINT NOT NULL,
  decided_by TEXT NOT NULL
)
)SQL"},
    // Issue 7: the evidence packages the training CA received from the outbox, one row per
    // idempotency key (a repeat is acknowledged, not stored twice). The digest and size
    // only: the package's identity scans stay sealed on the desk.
    {12, "training CA evidence submissions", R"SQL(
CREATE TABLE training_ca_submission (
  idempotency_key TEXT PRIMARY KEY,
  receipt TEXT NOT NULL,
  dossier_ref TEXT NOT NULL,
  package_sha256 TEXT NOT NULL,
  package_size BIGINT NOT NULL,
  signer TEXT NOT NULL,
  trusted INTEGER NOT NULL,
  received_at BIGINT NOT NULL
)
)SQL"},
    // Issue 6: the certificate request signed on the holder's token at personalisation, kept
    // with the dossier (public data: the CSR, the token's serial, the key's CKA_ID), so that
    // `ca enroll --dossier` can queue it and the issued certificate can be written to that
    // token's key later.
    {13, "token certificate requests", R"SQL(
CREATE TABLE token_request (
  id {{ID}},
  dossier_id BIGINT NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
  token_serial TEXT NOT NULL,
  key_id TEXT NOT NULL,
  request {{BLOB}} NOT NULL,
  request_sha256 TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX token_request_by_dossier ON token_request (dossier_id, id)
)SQL"},
    // Issue 7: the audit log stored in sequence order. On SQLite `seq BIGINT PRIMARY KEY` was
    // a separate index beside the table's rowid, so reading the log in order paid an index
    // step and a table lookup per event; as the rowid itself ({{ROWID}}) the events are read
    // in one pass over the table, which verification needs to reach 1,000,000 events/s
    // (docs/performance.md). Same columns, same text hashes, so no reader changes;
    // PostgreSQL's table is rebuilt the same way, unchanged in kind.
    {14, "audit log stored in sequence order", R"SQL(
CREATE TABLE audit_event_v14 (
  seq {{ROWID}},
  at BIGINT NOT NULL,
  operator TEXT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  details TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_event_v14 (seq, at, operator, action, object_type, object_id, details,
                             prev_hash, hash)
  SELECT seq, at, operator, action, object_type, object_id, details, prev_hash, hash
  FROM audit_event ORDER BY seq;
DROP TABLE audit_event;
ALTER TABLE audit_event_v14 RENAME TO audit_event;
CREATE INDEX audit_event_by_object ON audit_event (object_type, object_id, seq);
CREATE INDEX audit_event_by_time ON audit_event (at, seq)
)SQL"},
};

QString expand(const char* sql, bool sqlite)
{
    QString text = QString::fromUtf8(sql);
    text.replace(QStringLiteral("{{ID}}"),
                 sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                        : QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"));
    text.replace(QStringLiteral("{{C}}"), sqlite ? QString() : QStringLiteral(" COLLATE \"C\""));
    text.replace(QStringLiteral("{{NOROWID}}"),
                 sqlite ? QStringLiteral(" WITHOUT ROWID") : QString());
    text.replace(QStringLiteral("{{BLOB}}"),
                 sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA"));
    text.replace(QStringLiteral("{{ROWID}}"), sqlite ? QStringLiteral("INTEGER PRIMARY KEY")
                                                     : QStringLiteral("BIGINT PRIMARY KEY"));
    return text;
}

Result<int> currentVersion(Database& db)
{
    if (!db.connection().tables().contains(QStringLiteral("schema_migration"))) {
        return 0;
    }
    QSqlQuery query = db.query();
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migration")) ||
        !query.next()) {
        return db.storageError(query, Migrations::tr("reading the schema version"));
    }
    return query.value(0).toInt();
}

Error newerError(int found)
{
    return Error{ErrorCode::IncompatibleData,
                 Migrations::tr("This database was written by a newer version of Guichet "
                                "(schema %1; this version knows up to %2). It was left "
                                "untouched: update Guichet to open it.")
                     .arg(found)
                     .arg(Migrations::latestVersion())};
}

} // namespace

int Migrations::latestVersion()
{
    return std::end(kMigrations)[-1].version;
}

Result<int> Migrations::apply(Database& db)
{
    auto version = currentVersion(db);
    if (!version) {
        return version.error();
    }
    if (*version > latestVersion()) {
        return newerError(*version);
    }
    if (*version == latestVersion()) {
        return *version;
    }

    Transaction tx(db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    if (!db.isSqlite()) {
        // Two workstations starting together must not both migrate.
        if (Status locked = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7212001)"),
                                    tr("locking the schema"));
            !locked) {
            return locked.error();
        }
    }
    if (Status created = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migration ("
                                                "version INTEGER PRIMARY KEY, "
                                                "description TEXT NOT NULL, "
                                                "applied_at BIGINT NOT NULL)"),
                                 tr("creating the schema table"));
        !created) {
        return created.error();
    }
    version = currentVersion(db); // another workstation may have migrated meanwhile
    if (!version) {
        return version.error();
    }
    if (*version > latestVersion()) {
        return newerError(*version);
    }
    for (const Migration& migration : kMigrations) {
        if (migration.version <= *version) {
            continue;
        }
        const QStringList statements =
            expand(migration.sql, db.isSqlite()).split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
        for (const QString& statement : statements) {
            if (statement.trimmed().isEmpty()) {
                continue;
            }
            if (Status done = db.exec(
                    statement, tr("upgrading the schema to version %1").arg(migration.version));
                !done) {
                return done.error();
            }
        }
        QSqlQuery record = db.query();
        record.prepare(QStringLiteral(
            "INSERT INTO schema_migration (version, description, applied_at) VALUES (?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(QString::fromUtf8(migration.description));
        record.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (Status done = db.exec(record, tr("recording the schema version")); !done) {
            return done.error();
        }
        qCInfo(lcStorage) << "schema migrated to" << migration.version;
        version = migration.version;
    }
    if (Status committed = tx.commit(); !committed) {
        return committed.error();
    }
    return *version;
}

} // namespace guichet
